package io.panelist.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP calls to the server under test; answers never throw, so refusals are asserted like successes. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Answer get(String path, String token) {
        return call("GET", path).token(token).send();
    }

    public Answer post(String path, String token, Object body) {
        return call("POST", path).token(token).json(body).send();
    }

    public Answer put(String path, String token, Object body) {
        return call("PUT", path).token(token).json(body).send();
    }

    /**
     * A PUT of a versioned resource that names the version current right now (its ETag, read with the same token),
     * for tests about something else than concurrent edits; without If-Match it would be refused 428.
     */
    public Answer putCurrent(String path, String token, Object body) {
        return call("PUT", path).token(token).ifMatchCurrent().json(body).send();
    }

    public Answer delete(String path, String token) {
        return call("DELETE", path).token(token).send();
    }

    /** Signs in through {@code POST /login} and returns the access token. */
    public String login(String email, String password) {
        Answer answer = loginAnswer(email, password);
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + email + " answered " + answer.status() + ": " + answer.text());
        }
        return answer.json().get("access_token").asText();
    }

    public Answer loginAnswer(String email, String password) {
        return call("POST", "/login").json(Map.of("username", email, "password", password)).send();
    }

    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        private boolean ifMatchCurrent;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call token(String token) {
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * Sends If-Match with the ETag a GET of the same path answers when the call is sent, or a version no
         * resource has when that GET answers none (an unknown id, or a caller who may not read it): the write is
         * then refused for what the test is about, not for a missing If-Match.
         */
        public Call ifMatchCurrent() {
            this.ifMatchCurrent = true;
            return this;
        }

        public Call json(Object value) {
            try {
                return raw(JSON.writeValueAsString(value), "application/json");
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }

        public Call raw(String text, String contentType) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofString(text);
            return this;
        }

        /** A body of exactly these bytes, for bodies that are not well-formed text. */
        public Call bytes(byte[] bytes, String contentType) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return this;
        }

        public Answer send() {
            if (ifMatchCurrent) {
                Call read = new Call("GET", path);
                if (headers.containsKey("Authorization")) {
                    read.header("Authorization", headers.get("Authorization"));
                }
                String etag = read.send().header("ETag");
                headers.put("If-Match", etag == null ? "\"-1\"" : etag);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30)).method(method, body);
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
