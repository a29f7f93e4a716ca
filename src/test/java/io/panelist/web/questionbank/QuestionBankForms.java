package io.panelist.web.questionbank;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Requests as the bank pages send them: htmx form writes, with or without the CSRF header. */
final class QuestionBankForms {
    private QuestionBankForms() {
    }

    static Answer htmx(BrowserSession browser, String method, String path, Map<String, String> fields,
                       String csrfToken) {
        Map<String, String> headers = new HashMap<>(Map.of("HX-Request", "true", "Accept", "text/html"));
        if (csrfToken != null) {
            headers.put("X-CSRF-TOKEN", csrfToken);
        }
        return browser.send(method, path, encode(fields), "application/x-www-form-urlencoded", headers);
    }

    static Answer fragment(BrowserSession browser, String path) {
        return browser.send("GET", path, null, null, Map.of("HX-Request", "true", "Accept", "text/html"));
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The edit form's fields for a question as the API answers it, with some of them changed. */
    static Map<String, String> editForm(com.fasterxml.jackson.databind.JsonNode question, Map<String, String> changes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("topicKey", question.get("topicKey").asText());
        form.put("level", question.get("level").asText());
        form.put("kind", question.get("kind").asText());
        form.put("prompt", question.get("prompt").asText());
        form.put("guidance", question.get("guidance").asText());
        StringBuilder followUps = new StringBuilder();
        question.get("followUps").forEach(f -> followUps.append(f.asText()).append('\n'));
        form.put("followUps", followUps.toString());
        StringBuilder tags = new StringBuilder();
        question.get("tags").forEach(t -> tags.append(t.asText()).append(", "));
        form.put("tags", tags.toString());
        form.put("minutes", question.get("minutes").asText());
        form.put("version", question.get("version").asText());
        form.putAll(changes);
        return form;
    }

    /** Text as Thymeleaf escapes it in a page. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
