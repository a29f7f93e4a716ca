package io.panelist.recruiting;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.support.Answer;
import io.panelist.support.Api;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hiring round written through the API, for the erasure tests: every call that writes free text about a candidate,
 * each asserting it was accepted.
 */
final class ErasureRound {
    private final Api api;
    private final String recruiter;

    ErasureRound(Api api, String recruiter) {
        this.api = api;
        this.recruiter = recruiter;
    }

    UUID candidate(String name, String email, String phone) {
        Answer created = api.post("/api/v1/candidates", recruiter, Map.of("name", name, "email", email,
                "phone", phone));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    void changePhone(UUID candidate, String name, String email, String phone) {
        Answer changed = api.putCurrent("/api/v1/candidates/" + candidate, recruiter, Map.of("name", name,
                "email", email, "phone", phone));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    UUID book(UUID application, UUID stage, String startsAt, String location, UUID... panel) {
        Map<String, Object> body = new HashMap<>(SchedulingFixtures.booking(application, stage, startsAt,
                Instant.parse(startsAt).plusSeconds(3600), panel));
        body.put("location", location);
        body.put("allowPast", true);
        Answer booked = api.post("/api/v1/interviews", recruiter, body);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return UUID.fromString(booked.json().get("id").asText());
    }

    void cancel(UUID interview, String reason) {
        Answer cancelled = api.post("/api/v1/interviews/" + interview + "/cancel", recruiter, Map.of("reason", reason));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    }

    void withdraw(UUID application, String reason) {
        Answer closed = api.call("PATCH", "/api/v1/applications/" + application).ifMatchCurrent().token(recruiter)
                .json(Map.of("status", "WITHDRAWN", "reason", reason)).send();
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    }

    /** The panelist's scorecard: the first topic scored with these notes, the first question noted, submitted. */
    void score(String panelist, UUID interview, int score, String notes, String questionNotes, String summary) {
        String path = "/api/v1/interviews/" + interview + "/scorecard";
        Answer read = api.get(path, panelist);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("topicKey", read.json().get("topics").get(0).get("topicKey").asText());
        topic.put("score", score);
        topic.put("notes", notes);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topicScores", List.of(topic));
        body.put("questionNotes", List.of(Map.of("questionId", read.json().get("questions").get(0).get("questionId")
                .asText(), "asked", true, "notes", questionNotes)));
        body.put("vote", score >= 3 ? "YES" : "NO");
        body.put("summary", summary);
        Answer saved = api.call("PUT", path).token(panelist).header("If-Match", read.header("ETag")).json(body).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Answer submitted = api.call("POST", path + "/submit").token(panelist).send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    void amend(String panelist, UUID interview, String reason, String summary) {
        String path = "/api/v1/interviews/" + interview + "/scorecard";
        Answer amended = api.call("POST", path + "/amendments").token(panelist)
                .header("If-Match", api.get(path, panelist).header("ETag"))
                .json(Map.of("reason", reason, "summary", summary)).send();
        assertThat(amended.status()).as(amended.toString()).isIn(200, 201);
    }

    void decide(String manager, UUID application, String rationale) {
        Answer decided = api.post("/api/v1/applications/" + application + "/decision", manager,
                Map.of("outcome", "NO_HIRE", "rationale", rationale, "acknowledgePending", true));
        assertThat(decided.status()).as(decided.toString()).isIn(200, 201);
    }

    void reopen(String manager, UUID application, String reason) {
        Answer reopened = api.post("/api/v1/applications/" + application + "/reopen", manager,
                Map.of("reason", reason));
        assertThat(reopened.status()).as(reopened.toString()).isIn(200, 201);
    }

    /** The panelist's time away: one stretch a reason, a day each from 6 July 2031 on. */
    void away(String panelist, String... reasons) {
        List<Map<String, Object>> exceptions = new java.util.ArrayList<>();
        Instant day = Instant.parse("2031-07-06T00:00:00Z");
        for (String reason : reasons) {
            exceptions.add(Map.of("from", day.toString(), "to", day.plusSeconds(86_400).toString(), "reason", reason));
            day = day.plusSeconds(2 * 86_400);
        }
        Answer saved = api.putCurrent("/api/v1/me/availability", panelist, Map.of("weekly", List.of(),
                "exceptions", exceptions));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }
}
