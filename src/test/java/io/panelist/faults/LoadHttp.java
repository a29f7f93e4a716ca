package io.panelist.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import io.panelist.support.Api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The clients' HTTP: one HTTP/1.1 client for every thread, a generous bound on each request, and every request with
 * its answer written to the ledger. Nothing throws: an answer that never came is status -1.
 */
final class LoadHttp {
    /** Longer than the server takes to give up on the database (its pool waits 5 s for a connection). */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<URI> instances;
    private final Ledger ledger;

    LoadHttp(List<URI> instances, Ledger ledger) {
        this.instances = List.copyOf(instances);
        this.ledger = ledger;
    }

    int instanceCount() {
        return instances.size();
    }

    record Reply(int status, @Nullable JsonNode json) {
        boolean ok() {
            return status >= 200 && status <= 299;
        }

        JsonNode body() {
            if (json == null) {
                throw new IllegalStateException("a " + status + " without a JSON body");
            }
            return json;
        }
    }

    /** Sends one request to the instance given; {@code write}: the request changes data when it succeeds. */
    Reply send(int instance, String kind, boolean write, String method, String path, String token,
               @Nullable String ifMatch, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(instances.get(instance).resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).method(method, publisher(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        long started = System.nanoTime();
        Reply reply;
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            reply = new Reply(response.statusCode(), json(response.body()));
        } catch (IOException e) {
            reply = new Reply(-1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = new Reply(-1, null);
        }
        ledger.requests.add(new Ledger.Request(kind, write, instance, started, System.nanoTime(), reply.status()));
        return reply;
    }

    private static HttpRequest.BodyPublisher publisher(@Nullable Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        try {
            return HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Nullable
    private static JsonNode json(String text) {
        try {
            return text == null || text.isBlank() ? null : Api.JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }
}
