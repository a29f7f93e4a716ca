package io.panelist.bench;

import java.util.List;

/**
 * The hot paths the benchmark loads. The first seven are each compared with {@link #BASELINE} at the same number of
 * users; {@link #FIND_TIMES} is timed at 8 users from Java (see {@link FindTimesLoad}); {@link #BOOKING} is compared
 * with the same scenario on another build (see {@link BookingBench}).
 */
public enum LoadScenario {
    BASELINE("baseline", "GET /api/v1/me", "get.lua"),
    AUTOSAVE("autosave", "GET then PUT /api/v1/interviews/{id}/scorecard with If-Match", "autosave.lua"),
    RECOMMENDATION("recommendation", "GET /api/v1/applications/{random}/recommendation", "get.lua"),
    RANKING("ranking", "GET /api/v1/positions/{id}/ranking", "get.lua"),
    SEARCH("search", "GET /api/v1/questions?q={word}", "get.lua"),
    AGENDA("agenda", "GET /api/v1/me/interviews", "get.lua"),
    SLOTS("slots", "GET /api/v1/public/scheduling/{token}, a self-scheduling link's page, without signing in",
            "public.lua"),
    FIND_TIMES("find-times", "POST /api/v1/applications/{id}/find-times, a panel of 2 over 14 days", ""),
    BOOKING("booking", "POST /api/v1/interviews as a recruiter, each request a slot of its own", "booking.lua");

    /** The scenarios of the load part, each compared with the baseline at the same number of users. */
    static final List<LoadScenario> COMPARED = List.of(BASELINE, AUTOSAVE, RECOMMENDATION, RANKING, SEARCH, AGENDA,
            SLOTS);

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
