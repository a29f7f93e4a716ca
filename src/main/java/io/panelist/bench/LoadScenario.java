package io.panelist.bench;

/** The hot paths the benchmark loads, each compared with {@link #BASELINE} at the same number of users. */
public enum LoadScenario {
    BASELINE("baseline", "GET /api/v1/me", "get.lua"),
    AUTOSAVE("autosave", "GET then PUT /api/v1/interviews/{id}/scorecard with If-Match", "autosave.lua"),
    RECOMMENDATION("recommendation", "GET /api/v1/applications/{random}/recommendation", "get.lua"),
    RANKING("ranking", "GET /api/v1/positions/{id}/ranking", "get.lua"),
    SEARCH("search", "GET /api/v1/questions?q={word}", "get.lua"),
    AGENDA("agenda", "GET /api/v1/me/interviews", "get.lua");

    private final String label;
    private final String request;
    private final String script;

    LoadScenario(String label, String request, String script) {
        this.label = label;
        this.request = request;
        this.script = script;
    }

    public String label() {
        return label;
    }

    public String request() {
        return request;
    }

    String script() {
        return script;
    }
}
