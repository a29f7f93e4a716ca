package io.panelist.scheduling.links;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.TestDatabase;
import io.panelist.support.TestUsers;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hiring team whose interviewers (Ana, Ben) and hiring manager (Mo) are QUALIFIED in every topic, so find-times
 * can seat them; and links made over the API as Rita the recruiter. People live in Europe/Berlin and keep the
 * default week (Monday to Friday, 09:00 to 17:00 there).
 */
@Singleton
public class LinkFixtures {
    /** A Monday in the future: 09:00 in Berlin is 08:00 UTC. */
    public static final Instant MONDAY = Instant.parse("2031-03-10T00:00:00Z");
    public static final Instant FIRST_SLOT = Instant.parse("2031-03-10T08:00:00Z");
    private final SchedulingFixtures fixtures;

    LinkFixtures(SchedulingFixtures fixtures) {
        this.fixtures = fixtures;
    }

    public record Setting(Team team, Opening opening, String recruiter) {
    }

    public record Link(UUID id, String token, String url) {
        public String page() {
            return "/api/v1/public/scheduling/" + token;
        }

        public String booking() {
            return page() + "/booking";
        }
    }

    public Setting setting(Api api) {
        Team team = fixtures.team();
        Opening opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        qualifyInEveryTopic(team.ana(), team.ben(), team.manager());
        return new Setting(team, opening, api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD));
    }

    /** Another position with a published plan of its own, Mo its hiring manager too. */
    public Opening otherOpening(Setting setting) {
        return fixtures.openingWithPublishedPlan(setting.team().admin(), setting.team().manager(), "Data Engineer");
    }

    public UUID applicant(Setting setting, String name) {
        return fixtures.applicant(setting.team().admin(), setting.opening(), name);
    }

    /** A link for the technical stage (60 minutes) in the week of {@link #MONDAY}, open for 30 days. */
    public Link link(Api api, Setting setting, UUID application, int panelSize) {
        return link(api, setting, application, panelSize, MONDAY, MONDAY.plus(5, ChronoUnit.DAYS));
    }

    /** A link for the technical stage in [from, to), open for 30 days. */
    public Link link(Api api, Setting setting, UUID application, int panelSize, Instant from, Instant to) {
        Answer answer = api.post("/api/v1/applications/" + application + "/scheduling-links", setting.recruiter(),
                body(setting.opening().technicalStageId(), from, to, panelSize,
                        Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode json = answer.json();
        return new Link(UUID.fromString(json.get("id").asText()), json.get("token").asText(),
                json.get("url").asText());
    }

    public static Map<String, Object> body(UUID stageId, Instant from, Instant to, int panelSize, Instant expiresAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stageId", stageId);
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("panelSize", panelSize);
        body.put("expiresAt", expiresAt.toString());
        body.put("location", "https://meet.example.com/round");
        return body;
    }

    public static Map<String, Object> choice(Object startsAt) {
        return Map.of("startsAt", startsAt.toString(), "timeZone", "America/New_York");
    }

    /** Sends one request per path at once (one thread each, all waiting at one gate); answers in path order. */
    static List<Answer> atOnce(Api api, List<String> paths, Object body) throws Exception {
        return SchedulingFixtures.atOnce(paths.stream().<Callable<Answer>>map(path -> () -> api.post(path, null, body))
                .toList());
    }

    /**
     * Records QUALIFIED in every topic for these people, straight in the table: scheduling owns qualifications, and
     * its API for them is another piece of work.
     */
    public static void qualifyInEveryTopic(UUID... people) {
        Map<String, String> db = TestDatabase.properties();
        try (Connection connection = DriverManager.getConnection(db.get("datasources.default.url"),
                db.get("datasources.default.username"), db.get("datasources.default.password"));
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO interviewer_qualifications (user_id, topic_id, level, updated_at)
                     SELECT ?, t.id, 'QUALIFIED', now() FROM topics t ON CONFLICT DO NOTHING
                     """)) {
            for (UUID person : people) {
                insert.setObject(1, person);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
