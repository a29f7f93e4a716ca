package io.panelist.scheduling.links;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.links.LinkFixtures.Link;
import io.panelist.scheduling.links.LinkFixtures.Setting;
import io.panelist.security.ManualClock;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.links.LinkFixtures.FIRST_SLOT;
import static io.panelist.scheduling.links.LinkFixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;

/** The candidate books, without signing in, a time the link offers, through scheduling's own booking path. */
class SelfBookingApiTest extends IntegrationTest {
    @Inject
    LinkFixtures links;
    @Inject
    ManualClock clock;
    Setting setting;
    UUID application;
    Link link;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(ManualClock.PROPERTY, "true");
        return properties;
    }

    @BeforeEach
    void aLink() {
        clock.reset();
        setting = links.setting(api);
        application = links.applicant(setting, "Nora Candidate");
        link = links.link(api, setting, application, 2);
    }

    @Test
    void thePageNamesThePositionStageAndLengthAndOffersFreeTimesButNoInterviewer() {
        Answer view = api.get(link.page(), null);

        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        JsonNode json = view.json();
        assertThat(json.get("positionTitle").asText()).isEqualTo("Backend Engineer");
        assertThat(json.get("stageName").asText()).isEqualTo("Technical");
        assertThat(json.get("minutes").asInt()).isEqualTo(60);
        assertThat(json.get("booking").isNull()).isTrue();
        assertThat(Instant.parse(json.at("/slots/0/startsAt").asText())).isEqualTo(FIRST_SLOT);
        assertThat(Instant.parse(json.at("/slots/0/endsAt").asText())).isEqualTo(FIRST_SLOT.plusSeconds(3600));
        assertThat(json.get("slots")).allSatisfy(slot -> assertThat(slot.size()).isEqualTo(2));
        assertThat(view.text()).doesNotContain("@example.com").doesNotContain("Ana").doesNotContain("Ben")
                .doesNotContain(setting.team().ana().toString()).doesNotContain(setting.team().ben().toString())
                .doesNotContain(setting.team().manager().toString());
    }

    @Test
    void bookingAnOfferedTimeBooksItWithFindTimesPanelSendsTheInvitationsAndAuditsTheLink() {
        api.get(link.page(), null);

        Answer booked = api.post(link.booking(), null, choice(FIRST_SLOT));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(Instant.parse(booked.json().get("startsAt").asText())).isEqualTo(FIRST_SLOT);
        assertThat(booked.json().get("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(booked.text()).doesNotContain("@example.com");
        assertThat(count("SELECT count(*) FROM interviews WHERE application_id = '" + application
                + "' AND status = 'SCHEDULED' AND starts_at = '" + FIRST_SLOT + "' AND time_zone = 'America/New_York'"
                + " AND location = 'https://meet.example.com/round'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM interview_panelists")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM scheduling_links WHERE interview_id IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'INVITATION'")).as("the panel and the candidate")
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'INVITATION' AND recipient = "
                + "'nora.candidate@example.org'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'interview.scheduled'"
                + " AND actor_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'scheduling.link-booked'"
                + " AND actor_id IS NULL AND entity_id = '" + link.id() + "' AND details->>'linkId' = '"
                + link.id() + "'")).isEqualTo(1);
        JsonNode after = api.get(link.page(), null).json();
        assertThat(Instant.parse(after.at("/booking/startsAt").asText())).isEqualTo(FIRST_SLOT);
        assertThat(after.at("/booking/changeable").asBoolean()).isTrue();
        assertThat(after.get("slots")).noneSatisfy(slot ->
                assertThat(Instant.parse(slot.get("startsAt").asText())).isEqualTo(FIRST_SLOT));
    }

    @Test
    void aLinkBooksOneRoundAtATime() {
        assertThat(api.post(link.booking(), null, choice(FIRST_SLOT)).status()).isEqualTo(201);

        Answer again = api.post(link.booking(), null, choice(FIRST_SLOT.plus(Duration.ofHours(3))));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).endsWith("link-already-booked");
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
    }

    @Test
    void aTimeNeverOfferedIsRefusedNamingStartsAt() {
        api.get(link.page(), null);
        for (Instant never : new Instant[]{FIRST_SLOT.plus(Duration.ofMinutes(7)),
                FIRST_SLOT.minus(Duration.ofHours(5)), FIRST_SLOT.plus(Duration.ofDays(12)),
                Instant.parse("2020-01-06T09:00:00Z")}) {
            Answer refused = api.post(link.booking(), null, choice(never));
            assertThat(refused.status()).as(never + " -> " + refused).isEqualTo(422);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("startsAt");
        }
        assertThat(api.post(link.booking(), null, Map.of("startsAt", "2031-03-10T08:00:00")).status())
                .as("a time without an offset").isEqualTo(400);
        assertThat(api.post(link.booking(), null, Map.of("startsAt", FIRST_SLOT.toString(), "timeZone", "Mars/Base"))
                .status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM interviews")).isZero();
    }

    @Test
    void anOfferedTimeThatAnotherLinkTookMeanwhileIsAConflictThatNamesNobody() {
        Link everyone = links.link(api, setting, application, 3);
        Link other = links.link(api, setting, links.applicant(setting, "Olaf Other"), 3);
        api.get(everyone.page(), null);
        assertThat(api.post(other.booking(), null, choice(FIRST_SLOT)).status()).isEqualTo(201);

        Answer taken = api.post(everyone.booking(), null, choice(FIRST_SLOT));

        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.problemType()).endsWith("slot-taken");
        assertThat(taken.text()).doesNotContain("Ana").doesNotContain("Ben").doesNotContain("@example");
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
    }

    @Test
    void theSameLinkMovesItsRoundAndCancelsItAfterWhichItMayBookAgain() {
        assertThat(api.post(link.booking(), null, choice(FIRST_SLOT)).status()).isEqualTo(201);
        Instant later = FIRST_SLOT.plus(Duration.ofHours(3));

        Answer moved = api.put(link.booking(), null, Map.of("startsAt", later.toString()));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(Instant.parse(moved.json().get("startsAt").asText())).isEqualTo(later);
        assertThat(moved.json().get("timeZone").asText()).as("a move keeps the zone").isEqualTo("America/New_York");
        assertThat(count("SELECT count(*) FROM interviews WHERE starts_at = '" + later + "' AND sequence = 1"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'UPDATE'")).isGreaterThanOrEqualTo(1);

        Answer cancelled = api.delete(link.booking(), null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(204);
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'CANCELLED'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'CANCELLATION'")).isGreaterThanOrEqualTo(1);
        assertThat(api.get(link.page(), null).json().get("booking").isNull()).isTrue();
        assertThat(api.post(link.booking(), null, choice(FIRST_SLOT)).status()).as("booking again").isEqualTo(201);
        assertThat(count("SELECT count(*) FROM audit_events WHERE entity_id = '" + link.id() + "' AND actor_id IS NULL"
                + " AND action IN ('scheduling.link-booked', 'scheduling.link-rescheduled',"
                + " 'scheduling.link-cancelled')")).isEqualTo(4);
    }

    @Test
    void withNothingBookedThereIsNothingToMoveOrCancel() {
        assertThat(api.put(link.booking(), null, choice(FIRST_SLOT)).problemType()).endsWith("link-not-booked");
        assertThat(api.delete(link.booking(), null).status()).isEqualTo(409);
    }

    @Test
    void onceTheRoundHasStartedItCanNoLongerBeMovedOrCancelled() {
        Link soon = links.link(api, setting, links.applicant(setting, "Sam Soon"), 2,
                Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(8)));
        Instant start = Instant.parse(api.get(soon.page(), null).json().at("/slots/0/startsAt").asText());
        assertThat(api.post(soon.booking(), null, choice(start)).status()).isEqualTo(201);
        clock.advance(Duration.between(clock.instant(), start).plusMinutes(1));

        Answer move = api.put(soon.booking(), null, choice(start.plus(Duration.ofDays(1))));
        Answer cancel = api.delete(soon.booking(), null);

        assertThat(move.status()).isEqualTo(409);
        assertThat(move.problemType()).endsWith("interview-started");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(api.get(soon.page(), null).json().at("/booking/changeable").asBoolean()).isFalse();
    }

    @Test
    void unknownMalformedAndExpiredLinksAreNotFound() {
        assertThat(api.get("/api/v1/public/scheduling/" + io.panelist.shared.SecretTokens.newToken(), null)
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/scheduling/not-a-token", null).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/public/scheduling/not-a-token/booking", null).status()).isEqualTo(404);

        clock.advance(Duration.ofDays(31));

        Answer expired = api.get(link.page(), null);
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.isProblem()).isTrue();
        assertThat(api.post(link.booking(), null, choice(FIRST_SLOT)).status()).isEqualTo(404);
    }
}
