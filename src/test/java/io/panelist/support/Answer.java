package io.panelist.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** One HTTP answer: status, headers and the body, parsed as JSON on demand. */
public record Answer(int status, Map<String, List<String>> headers, String text) {

    public JsonNode json() {
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + text, e);
        }
    }

    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** The problem {@code type} slug, without its URN prefix. */
    public String problemType() {
        String type = json().path("type").asText();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    public boolean isProblem() {
        return contentType() != null && contentType().startsWith("application/problem+json");
    }

    @Override
    public String toString() {
        return status + " " + (text.length() > 500 ? text.substring(0, 500) + "..." : text);
    }
}
