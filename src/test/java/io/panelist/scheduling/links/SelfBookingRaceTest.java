package io.panelist.scheduling.links;

import io.panelist.scheduling.links.LinkFixtures.Link;
import io.panelist.scheduling.links.LinkFixtures.Setting;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.panelist.scheduling.links.LinkFixtures.FIRST_SLOT;
import static io.panelist.scheduling.links.LinkFixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten candidates, each with a link of their own application, book the same time at once; the panel of three is
 * everyone find-times may seat, so every booking wants the same people. PostgreSQL lets exactly one win.
 */
class SelfBookingRaceTest extends IntegrationTest {
    @Inject
    LinkFixtures links;

    @Test
    void tenCandidatesBookTheSameSlotOfTheSamePanelAtOnceAndExactlyOneWins() throws Exception {
        Setting setting = links.setting(api);
        List<Link> racers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Link link = links.link(api, setting, links.applicant(setting, "Racer " + (char) ('A' + i)), 3);
            Answer view = api.get(link.page(), null);
            assertThat(Instant.parse(view.json().at("/slots/0/startsAt").asText())).isEqualTo(FIRST_SLOT);
            racers.add(link);
        }

        List<Answer> answers = LinkFixtures.atOnce(api, racers.stream().map(Link::booking).toList(),
                choice(FIRST_SLOT));

        assertThat(answers).extracting(Answer::status).as(answers.toString())
                .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.problemType()).endsWith("slot-taken"));
        assertThat(count("SELECT count(*) FROM interviews")).as("one round, nothing half-written").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM interview_panelists")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM scheduling_links WHERE interview_id IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'INVITATION'")).as("the winner's invitations")
                .isEqualTo(4);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action IN ('interview.scheduled',"
                + " 'scheduling.link-booked')")).isEqualTo(2);
    }
}
