package io.panelist.security;

import io.panelist.support.TestUsers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.panelist.security.Row.op;

/**
 * Who gets what from every operation of the API, one row per operation. Columns: Admin, Rita (RECRUITER), Ana (on
 * Alice's panel, submitted), Ben (on Alice's panel, not yet submitted), Carl (INTERVIEWER on another application's
 * panel), Mo (HIRING_MANAGER of position A), Olga (HIRING_MANAGER of position B). Anonymous, expired and tampered
 * tokens get 401 unless the row is {@code open}. See {@link World} for the objects the rows name.
 * <p>
 * 403: the caller may know the object but not do this; 404: to the caller the object does not exist. Where a role
 * may never do a write (a hiring manager editing a position, an interviewer closing an application), the role alone
 * refuses it with 403 before any lookup, for ids that do not exist too: such a 403 tells nothing.
 * <p>
 * Audit: a successful write leaves exactly one audit event (checked here and by {@link AuditPerWriteTest}), except
 * the rows that say otherwise. Writes with cascades are called where nothing cascades: the fresh applications and
 * candidates have no future round (closing, deciding or erasing would otherwise also write one
 * {@code interview.cancelled} per cancelled round), and the fresh plans are the first of their position (publishing
 * over a published plan also writes {@code plan.archived} for the plan it replaces).
 */
final class AccessMatrix {
    /** Raw form body (the OAuth refresh grant is form-encoded). */
    record Form(String text) {
    }

    private AccessMatrix() {
    }

    /** Weekly hours and a buffer; no weekly limit, so the user's (none) stays and the one audit event is the save's. */
    private static Map<String, Object> availability(int serial) {
        return Map.of("weekly", List.of(Map.of("day", "MONDAY", "from", "09:00", "to", "17:00")),
                "exceptions", List.of(), "bufferMinutes", serial % 60);
    }

    private static Map<String, Object> apiKeyBody() {
        return Map.of("name", "Tracking system", "scopes", List.of("interviews:read"),
                "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString());
    }

    private static Object freshApiKey(World w) {
        return World.id(World.expect(201, w.api.post("/api/v1/api-keys", w.token(Caller.ADMIN), apiKeyBody())));
    }

    static List<Row> rows() {
        return List.of(
                //                                                                   admin rita ana  ben  carl mo   olga
                // ---- identity
                op("GET /api/v1/me").expect(                                         200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/me/interviews").expect(                              200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/me/notifications").expect(                           200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/me/availability").expect(                            200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/users").expect(                                      200, 403, 403, 403, 403, 403, 403),
                op("GET /api/v1/users/{id}", w -> w.id(Caller.ANA)).expect(          200, 403, 403, 403, 403, 403, 403),
                op("GET /api/v1/audit").expect(                                      200, 403, 403, 403, 403, 403, 403),
                op("GET /api/v1/admin/outbox").expect(                               200, 403, 403, 403, 403, 403, 403),
                // ---- question bank
                op("GET /api/v1/topics").expect(                                     200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/topics/{id}", w -> w.topicId).expect(                200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/questions").expect(                                  200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/questions/{id}", w -> w.questionId).expect(          200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/questions/{id}/revisions", w -> w.questionId).expect(200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/question-packs/export").expect(                      200, 200, 200, 200, 200, 200, 200),
                // ---- positions and plans (position A is Mo's)
                op("GET /api/v1/positions").expect(                                  200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/positions/{id}", w -> w.positionA).expect(           200, 200, 200, 200, 200, 200, 404),
                op("GET /api/v1/positions/{id}/ranking", w -> w.positionA).expect(   200, 200, 403, 403, 403, 200, 404),
                op("GET /api/v1/positions/{id}/reliability", w -> w.positionA).expect(200, 200, 403, 403, 403, 200, 404),
                op("GET /api/v1/positions/{id}/scores.csv", w -> w.positionA).expect(200, 200, 403, 403, 403, 200, 404),
                op("GET /api/v1/plans").expect(                                      200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/plans/{id}", w -> w.planA).expect(                   200, 200, 200, 200, 200, 200, 404),
                // ---- candidates and applications (Alice applies to A; Ana and Ben interview her, Carl does not)
                op("GET /api/v1/candidates").expect(                                 200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/candidates/{id}", w -> w.alice).expect(              200, 200, 200, 200, 404, 200, 404),
                op("GET /api/v1/candidates/{id}/export", w -> w.alice).expect(       200, 200, 403, 403, 403, 403, 403),
                op("GET /api/v1/applications").expect(                               200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/applications/{id}", w -> w.applicationA).expect(     200, 200, 200, 200, 404, 200, 404),
                op("GET /api/v1/applications/{id}/scorecards", w -> w.applicationA)
                        .auditsReads("reading the submitted scorecards is itself audited (scorecards.read)")
                        .expect(                                                     200, 200, 200, 403, 404, 200, 404),
                op("GET /api/v1/applications/{id}/scorecards.csv", w -> w.applicationA)
                        .expect(                                                     200, 200, 403, 403, 404, 200, 404),
                op("GET /api/v1/applications/{id}/recommendation", w -> w.applicationA)
                        .expect(                                                     200, 200, 403, 403, 404, 200, 404),
                op("GET /api/v1/applications/{id}/decision", w -> w.applicationA)
                        .expect(                                                     200, 200, 403, 403, 404, 200, 404),
                // ---- interviews and scorecards (Alice's round: Ana and Ben on the panel)
                op("GET /api/v1/interviews/{id}", w -> w.interviewA).expect(         200, 200, 200, 200, 404, 200, 404),
                op("GET /api/v1/interviews/{id}/invite.ics", w -> w.interviewA).expect(200, 200, 200, 200, 404, 403, 404),
                op("GET /api/v1/interviews/{interviewId}/scorecard", w -> w.interviewA)
                        .expect(                                                     403, 403, 200, 200, 404, 403, 404),
                op("GET /api/v1/scorecards/overdue").expect(                         200, 200, 403, 403, 403, 403, 403),
                op("GET /api/v1/interviews").query(w -> "applicationId=" + w.applicationA)
                        // a panelist lists the rounds they sit on; the others of a position's people, every round
                        .expect(                                                     200, 200, 200, 200, 404, 200, 404),
                op("GET /api/v1/interviewers").expect(                               200, 200, 403, 403, 403, 403, 403),
                op("GET /api/v1/interviewers/{id}/qualifications", w -> w.id(Caller.ANA))
                        // Ana reads her own
                        .expect(                                                     200, 200, 200, 403, 403, 403, 403),
                op("GET /api/v1/interviewers/{id}/calibration", w -> w.id(Caller.ANA))
                        .expect(                                                     200, 403, 200, 403, 403, 200, 200),
                op("GET /api/v1/interviewers/{id}/availability", w -> w.id(Caller.ANA))
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                // ---- webhooks (administrators only)
                op("GET /api/v1/webhooks").expect(                                   200, 403, 403, 403, 403, 403, 403),
                op("GET /api/v1/webhooks/{id}", w -> w.webhook).expect(              200, 403, 403, 403, 403, 403, 403),
                op("GET /api/v1/webhooks/{id}/deliveries", w -> w.webhook).expect(   200, 403, 403, 403, 403, 403, 403),
                // ---- API keys (administrators only)
                op("GET /api/v1/api-keys").expect(                                   200, 403, 403, 403, 403, 403, 403),
                // ---- calendar feeds and self-scheduling: the feed and the candidate's endpoints need no sign-in
                op("GET /calendar/{token}.ics", w -> w.selfScheduling.calendarFeedToken()).open(200, 200, 200)
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),
                op("GET /api/v1/applications/{id}/scheduling-links", w -> w.applicationA)
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("GET /api/v1/public/scheduling/{token}", w -> w.selfScheduling.freshLinkToken())
                        .open(200, 200, 200)
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),

                // ---- writes, each on an object made for the call
                //                                                                   admin rita ana  ben  carl mo   olga
                op("POST /api/v1/users").body(w -> Map.of("email", "new" + w.next() + "@example.com",
                                "displayName", "New", "password", TestUsers.PASSWORD, "roles", List.of("INTERVIEWER")))
                        .expect(                                                     201, 403, 403, 403, 403, 403, 403),
                op("PUT /api/v1/users/{id}", World::freshUser).ifMatch(id -> "/api/v1/users/" + id)
                        .body(w -> Map.of("email", "renamed" + w.next()
                                + "@example.com", "displayName", "Renamed", "roles", List.of("INTERVIEWER")))
                        .expect(                                                     200, 403, 403, 403, 403, 403, 403),
                op("PUT /api/v1/me").body(w -> Map.of("displayName", "Me " + w.next(), "timeZone", "Europe/Paris"))
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),
                op("PUT /api/v1/me/notifications").ifMatch(id -> "/api/v1/me/notifications")
                        .body(w -> Map.of("scorecardReminders", w.next() % 2 == 0, "evidenceComplete", true))
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),
                op("PUT /api/v1/me/availability").ifMatch(id -> "/api/v1/me/availability")
                        .body(w -> availability(w.next()))
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),
                op("PUT /api/v1/interviewers/{id}/availability", w -> w.id(Caller.ANA))
                        .ifMatch(id -> "/api/v1/interviewers/" + id + "/availability")
                        .body(w -> availability(w.next()))
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("POST /api/v1/admin/outbox/{id}/retry", World::freshDeadMessage)
                        .expect(                                                     200, 403, 403, 403, 403, 403, 403),
                op("POST /api/v1/topics").body(w -> w.topic("topic-" + w.next()))
                        .expect(                                                     201, 403, 201, 201, 201, 201, 201),
                op("PUT /api/v1/topics/{id}", World::freshTopic).ifMatch(id -> "/api/v1/topics/" + id)
                        .body(w -> w.topic(w.lastTopicKey))
                        .expect(                                                     200, 403, 200, 200, 200, 200, 200),
                op("POST /api/v1/questions").body(w -> w.questionBody("security", "New question " + w.next()))
                        .expect(                                                     201, 403, 201, 201, 201, 201, 201),
                op("PUT /api/v1/questions/{id}", World::freshQuestion).ifMatch(id -> "/api/v1/questions/" + id)
                        .body(w -> w.questionBody("security", "Revised question " + w.next()))
                        .expect(                                                     200, 403, 200, 200, 200, 200, 200),
                op("POST /api/v1/questions/{id}/retire", World::freshQuestion)
                        .expect(                                                     200, 403, 200, 200, 200, 200, 200),
                op("POST /api/v1/questions/{id}/reinstate", World::freshRetiredQuestion)
                        .expect(                                                     200, 403, 200, 200, 200, 200, 200),
                op("POST /api/v1/question-packs").body(w -> Map.of("format", "panelist-pack/1",
                                "topics", List.of(w.topic("pack-" + w.next())), "questions", List.of()))
                        .expect(                                                     200, 403, 200, 200, 200, 200, 200),
                op("POST /api/v1/positions").body(w -> w.positionBody("Opening " + w.next()))
                        .expect(                                                     201, 201, 403, 403, 403, 403, 403),
                op("PUT /api/v1/positions/{id}", World::freshPosition).ifMatch(id -> "/api/v1/positions/" + id)
                        .body(w -> w.positionBody("Retitled " + w.next()))
                        // a hiring manager may write no position: 403 before any lookup, for unknown ids too
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("POST /api/v1/plans").body(w -> w.plan(w.positionA))
                        .expect(                                                     201, 403, 201, 201, 201, 201, 404),
                op("PUT /api/v1/plans/{id}", World::freshDraftPlan).ifMatch(id -> "/api/v1/plans/" + id)
                        .body(w -> w.plan(w.lastPosition))
                        .expect(                                                     200, 403, 200, 200, 200, 200, 404),
                op("POST /api/v1/plans/{id}/publish", World::freshDraftPlan)
                        .expect(                                                     200, 403, 403, 403, 403, 200, 404),
                op("POST /api/v1/plans/{id}/versions", w -> w.planA)
                        .expect(                                                     201, 403, 201, 201, 201, 201, 404),
                op("POST /api/v1/candidates").body(w -> Map.of("name", "Nina New " + w.next()))
                        .expect(                                                     201, 201, 403, 403, 403, 403, 403),
                op("PUT /api/v1/candidates/by-external-id/{externalId}", w -> "crm-" + w.next())
                        // each call names a new external id: the upsert creates
                        .body(w -> Map.of("name", "Upserted " + w.next()))
                        .expect(                                                     201, 201, 403, 403, 403, 403, 403),
                op("POST /api/v1/candidates/import")
                        .body(w -> List.of(Map.of("name", "Imported " + w.next(), "externalId", "imp-" + w.next())))
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("PUT /api/v1/candidates/{id}", World::freshCandidate).ifMatch(id -> "/api/v1/candidates/" + id)
                        .body(w -> Map.of("name", "Renamed " + w.next()))
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("DELETE /api/v1/candidates/{id}", World::freshCandidate)
                        .expect(                                                     204, 204, 403, 403, 403, 403, 403),
                op("POST /api/v1/applications").body(w -> Map.of("candidateId", w.freshCandidate(),
                                "positionId", w.positionB))
                        .expect(                                                     201, 201, 403, 403, 403, 403, 403),
                op("PATCH /api/v1/applications/{id}", World::freshApplication)
                        .ifMatch(id -> "/api/v1/applications/" + id)
                        .body(w -> Map.of("status", "WITHDRAWN", "reason", "Took another offer."))
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("POST /api/v1/applications/{id}/decision", World::freshApplication)
                        // the fresh application's panel has not submitted: deciding acknowledges it
                        .body(w -> Map.of("outcome", "NO_HIRE", "rationale", World.RATIONALE,
                                "acknowledgePending", true))
                        .expect(                                                     403, 403, 403, 403, 404, 201, 404),
                op("POST /api/v1/applications/{id}/reopen", World::freshDecidedApplication)
                        .body(w -> Map.of("reason", "New references arrived."))
                        .expect(                                                     403, 403, 403, 403, 404, 200, 404),
                op("POST /api/v1/interviews").body(w -> w.booking(w.scratchApplication))
                        .expect(                                                     201, 201, 403, 403, 403, 403, 403),
                op("POST /api/v1/applications/{id}/find-times", w -> w.applicationA).body(w -> w.findTimes())
                        .notAudited("find-times only reads: a POST because its query is a body")
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("POST /api/v1/applications/{id}/booking-preview", w -> w.applicationA)
                        .body(w -> w.bookingPreview())
                        .notAudited("the preview only reads: a POST because its question is a body")
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("PATCH /api/v1/interviews/{id}", World::freshInterview).ifMatch(id -> "/api/v1/interviews/" + id)
                        .body(w -> w.reschedule())
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("POST /api/v1/interviews/{id}/cancel", World::freshInterview)
                        .body(w -> Map.of("reason", "The candidate asked to move it."))
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("POST /api/v1/interviews/{id}/no-show", World::freshBegunInterview)
                        .body(w -> Map.of("reason", "Nobody came."))
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("PUT /api/v1/interviewers/{id}/qualifications", World::freshUser).ifMatch(id -> "/api/v1/interviewers/"
                                + id + "/qualifications")
                        .body(w -> Map.of("topics", List.of(Map.of("topicKey", "security", "level", "TRAINEE"))))
                        .expect(                                                     200, 200, 403, 403, 403, 403, 403),
                op("PUT /api/v1/interviews/{interviewId}/scorecard", World::freshInterview)
                        .ifMatch(id -> "/api/v1/interviews/" + id + "/scorecard")
                        .body(w -> World.card("YES", 3, 3))
                        .expect(                                                     403, 403, 200, 200, 404, 403, 404),
                op("POST /api/v1/interviews/{interviewId}/scorecard/submit", World::freshFilledInterview)
                        .expect(                                                     403, 403, 200, 200, 404, 403, 404),
                op("POST /api/v1/webhooks").body(w -> World.webhookBody("interview.scheduled"))
                        .expect(                                                     201, 403, 403, 403, 403, 403, 403),
                op("PUT /api/v1/webhooks/{id}", World::freshWebhook).ifMatch(id -> "/api/v1/webhooks/" + id)
                        .body(w -> World.webhookBody("decision.recorded"))
                        .expect(                                                     200, 403, 403, 403, 403, 403, 403),
                op("DELETE /api/v1/webhooks/{id}", World::freshWebhook)
                        .expect(                                                     204, 403, 403, 403, 403, 403, 403),
                op("POST /api/v1/api-keys").body(w -> apiKeyBody())
                        .expect(                                                     201, 403, 403, 403, 403, 403, 403),
                op("DELETE /api/v1/api-keys/{id}", AccessMatrix::freshApiKey)
                        .expect(                                                     204, 403, 403, 403, 403, 403, 403),
                op("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", World::freshDelivery)
                        .expect(                                                     202, 403, 403, 403, 403, 403, 403),
                op("POST /api/v1/me/calendar-feed")
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),
                op("DELETE /api/v1/me/calendar-feed")
                        .expect(                                                     204, 204, 204, 204, 204, 204, 204),
                op("POST /api/v1/applications/{id}/scheduling-links", w -> w.scratchApplication)
                        .body(w -> w.selfScheduling.linkBody())
                        .expect(                                                     201, 201, 403, 403, 403, 403, 403),
                op("DELETE /api/v1/scheduling-links/{id}", w -> w.selfScheduling.freshLinkId())
                        .expect(                                                     204, 204, 403, 403, 403, 403, 403),
                op("POST /api/v1/public/scheduling/{token}/booking", w -> w.selfScheduling.freshLinkToken())
                        .open(201, 201, 201).body(w -> w.selfScheduling.firstSlot())
                        .auditEvents(2, "the interview's own interview.scheduled and the link's"
                                + " scheduling.link-booked, both without an actor")
                        .expect(                                                     201, 201, 201, 201, 201, 201, 201),
                op("PUT /api/v1/public/scheduling/{token}/booking", w -> w.selfScheduling.freshBookedLinkToken())
                        .open(200, 200, 200).body(w -> w.selfScheduling.laterSlot())
                        .auditEvents(2, "interview.rescheduled and scheduling.link-rescheduled, without an actor")
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),
                op("DELETE /api/v1/public/scheduling/{token}/booking", w -> w.selfScheduling.freshBookedLinkToken())
                        .open(204, 204, 204)
                        .auditEvents(2, "interview.cancelled and scheduling.link-cancelled, without an actor")
                        .expect(                                                     204, 204, 204, 204, 204, 204, 204),
                op("POST /api/v1/interviews/{interviewId}/scorecard/amendments", World::freshSubmittedInterview)
                        .ifMatch(id -> "/api/v1/interviews/" + id + "/scorecard")
                        .body(w -> Map.of("reason", "Re-read my notes.", "vote", "STRONG_YES"))
                        .expect(                                                     403, 403, 200, 200, 404, 403, 404),

                // ---- sessions, last: they end or change what the rows above rely on
                op("PUT /api/v1/me/password").freshToken()
                        .body(w -> Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", TestUsers.PASSWORD))
                        .expect(                                                     204, 204, 204, 204, 204, 204, 204),
                op("POST /logout").freshToken()
                        .notAudited("ending one's own session is not a write to plans, interviews, scorecards,"
                                + " decisions or users")
                        .expect(                                                     204, 204, 204, 204, 204, 204, 204),
                op("POST /login").open(200, 200, 200)
                        .body(w -> Map.of("username", World.RECRUITER, "password", TestUsers.PASSWORD))
                        .notAudited("signing in writes a session, not a change to the product's data")
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),
                op("POST /oauth/access_token").open(200, 200, 200)
                        .body(w -> new Form("grant_type=refresh_token&refresh_token=" + w.refreshToken()))
                        .notAudited("refreshing an access token rotates a session, not a change to the product's data")
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200),
                op("GET /oauth/access_token").open(200, 200, 200)
                        .headers((w, c) -> Map.of("Cookie", "JWT_REFRESH_TOKEN=" + w.refreshToken()))
                        .expect(                                                     200, 200, 200, 200, 200, 200, 200));
    }
}
