package io.panelist.scheduling.feed;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.security.ManualClock;
import io.panelist.shared.SecretTokens;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feed over real HTTP, parsed back with ical4j: the person's own rounds from 30 days back to 180 days
 * ahead, cancelled ones left out, each with the UID and SEQUENCE of its invite; the URL alone opens it until it is
 * replaced or revoked, and the database keeps only the token's hash.
 */
class CalendarFeedApiTest extends IntegrationTest {
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    ManualClock clock;
    Team team;
    Opening opening;
    String ana;
    String recruiter;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(ManualClock.PROPERTY, "true");
        return properties;
    }

    @BeforeEach
    void aTeam() {
        clock.reset();
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void theFeedHoldsTheLast30AndNext180DaysOfOnesOwnRoundsWithTheInvitesUidAndSequence() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1));
        // booked ahead of time, then the clock moves 60 days on: 40 days in is 20 days ago now
        UUID tooOld = round("Old Example", start.plus(Duration.ofDays(20)), team.ana());
        UUID lastMonth = round("Past Example", start.plus(Duration.ofDays(40)), team.ana(), team.ben());
        UUID cancelled = round("Gone Example", start.plus(Duration.ofDays(65)), team.ana());
        UUID moved = round("Moved Example", start.plus(Duration.ofDays(70)), team.ana());
        UUID bensOnly = round("Ben Example", start.plus(Duration.ofDays(75)), team.ben());
        UUID farAhead = round("Far Example", start.plus(Duration.ofDays(230)), team.ana());
        UUID tooFar = round("Later Example", start.plus(Duration.ofDays(250)), team.ana());
        assertThat(api.post("/api/v1/interviews/" + cancelled + "/cancel", recruiter,
                Map.of("reason", "The candidate withdrew.")).status()).isEqualTo(200);
        Instant movedTo = start.plus(Duration.ofDays(71));
        assertThat(api.call("PATCH", "/api/v1/interviews/" + moved).ifMatchCurrent().token(recruiter).json(Map.of(
                "startsAt", movedTo.toString(), "endsAt", movedTo.plus(Duration.ofHours(1)).toString()))
                .send().status()).isEqualTo(200);
        clock.advance(Duration.ofDays(60));

        String url = issue(ana);
        Answer feed = api.get(path(url), null);

        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.text()));
        assertThat(calendar.getProperty(Property.METHOD)).as("a feed is not an iTIP message").isEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, Property.UID))
                .containsExactlyInAnyOrder(lastMonth + "@panelist", moved + "@panelist", farAhead + "@panelist");
        assertThat(events).extracting(e -> value(e, Property.UID)).doesNotContain(tooOld + "@panelist",
                cancelled + "@panelist", bensOnly + "@panelist", tooFar + "@panelist");
        VEvent movedEvent = events.stream().filter(e -> value(e, Property.UID).startsWith(moved.toString()))
                .findFirst().orElseThrow();
        VEvent invite = invite(moved);
        assertThat(value(movedEvent, Property.SEQUENCE)).isEqualTo(value(invite, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(movedEvent, Property.DTSTART)).isEqualTo(value(invite, Property.DTSTART));
        assertThat(value(movedEvent, Property.SUMMARY)).isEqualTo(value(invite, Property.SUMMARY));
        assertThat(value(movedEvent, Property.DESCRIPTION)).contains("Moved Example", "/interviews/" + moved);
    }

    @Test
    void theUrlIsASecretTokenUnderThePublicUrlAndTheDatabaseKeepsOnlyItsHash() throws Exception {
        String url = issue(ana);
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());

        assertThat(url).startsWith("http").contains("/calendar/").endsWith(".ics");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).as("256 random bits").hasSize(32);
        assertThat(issue(ana)).as("every URL is new").isNotEqualTo(url);
        String second = issue(ana);
        String secondToken = second.substring(second.lastIndexOf('/') + 1, second.length() - ".ics".length());
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT token_hash, calendar_feeds::text FROM calendar_feeds")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(SecretTokens.hash(secondToken));
            assertThat(rows.getString(2)).doesNotContain(secondToken).doesNotContain(token);
            assertThat(rows.next()).as("one feed a person").isFalse();
        }
    }

    @Test
    void aNewUrlReplacesTheOldAndRevokingEndsIt() {
        String first = issue(ana);
        String second = issue(ana);

        assertThat(api.get(path(first), null).status()).isEqualTo(404);
        assertThat(api.get(path(second), null).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/me/calendar-feed", ana).status()).isEqualTo(204);
        Answer revoked = api.get(path(second), null);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.isProblem()).isTrue();
        assertThat(api.delete("/api/v1/me/calendar-feed", ana).status()).as("revoking twice").isEqualTo(204);
    }

    @Test
    void unknownAndMalformedTokensAreNotFound() {
        issue(ana);

        assertThat(api.get("/calendar/" + SecretTokens.newToken() + ".ics", null).status()).isEqualTo(404);
        assertThat(api.get("/calendar/short.ics", null).status()).isEqualTo(404);
        assertThat(api.get("/calendar/" + "a".repeat(300) + ".ics", null).status()).isEqualTo(404);
    }

    @Test
    void eachPersonHasTheirOwnFeedAndADeactivatedPersonsFeedStops() throws SQLException {
        UUID mine = round("Mine Example", Instant.now().plus(Duration.ofDays(3)), team.ana());
        UUID bens = round("Bens Example", Instant.now().plus(Duration.ofDays(4)), team.ben());
        String anas = issue(ana);
        String ben = issue(api.login(SchedulingFixtures.BEN, TestUsers.PASSWORD));

        assertThat(api.get(path(anas), null).text()).contains(mine + "@panelist").doesNotContain(bens.toString());
        assertThat(api.get(path(ben), null).text()).contains(bens + "@panelist").doesNotContain(mine.toString());
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE users SET active = false WHERE id = '" + team.ben() + "'");
        }
        assertThat(api.get(path(ben), null).status()).isEqualTo(404);
    }

    private UUID round(String candidate, Instant startsAt, UUID... panel) {
        UUID application = fixtures.applicant(team.admin(), opening, candidate);
        return fixtures.interview(team.admin(), application, opening.technicalStageId(), startsAt,
                Duration.ofHours(1), panel);
    }

    private String issue(String token) {
        Answer answer = api.post("/api/v1/me/calendar-feed", token, Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("url").asText();
    }

    private VEvent invite(UUID interview) throws Exception {
        String text = api.get("/api/v1/interviews/" + interview + "/invite.ics", ana).text();
        return new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String path(String url) {
        return java.net.URI.create(url).getRawPath();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }
}
