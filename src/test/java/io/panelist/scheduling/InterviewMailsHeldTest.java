package io.panelist.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without an SMTP server the interview mails wait in the outbox as HELD, where an administrator reads them; a change
 * that is refused or rolled back writes none, a no-show none, and erasing the candidate leaves none naming them.
 */
class InterviewMailsHeldTest extends IntegrationTest {
    static final String DAY = "2030-04-02T";
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    SchedulingService scheduling;
    @Inject
    TransactionOperations<Object> transactions;
    Team team;
    Opening opening;
    UUID zoe;
    String recruiter;

    @BeforeEach
    void aPosition() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");
        zoe = fixtures.application(team.admin(), fixtures.candidate(team.admin(), "Zoe Quinn", "zoe@example.org", null),
                opening.positionId());
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void withoutSmtpTheInvitationsAreHeldAndAnAdministratorSeesThem() {
        Answer booked = api.post("/api/v1/interviews", recruiter, SchedulingFixtures.booking(zoe,
                opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana(), team.ben()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        JsonNode page = api.get("/api/v1/admin/outbox?kind=INVITATION",
                api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD)).json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).extracting(item -> item.get("status").asText()).containsOnly("HELD");
        assertThat(page.get("items")).extracting(item -> item.get("recipient").asText())
                .containsExactlyInAnyOrder("ana@example.com", "ben@example.com", "zoe@example.org");
        assertThat(page.get("items")).extracting(item -> item.get("subject").asText())
                .contains("Interview: Zoe Quinn for Data Engineer, Tue 2 Apr 12:00",
                        "Interview for Data Engineer, Tue 2 Apr 12:00");
    }

    @Test
    void aRefusedDoubleBookingWritesNoMail() {
        UUID yan = fixtures.applicant(team.admin(), opening, "Yan Ito");
        api.post("/api/v1/interviews", recruiter, SchedulingFixtures.booking(zoe, opening.screenStageId(),
                DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana()));

        Answer refused = api.post("/api/v1/interviews", recruiter, SchedulingFixtures.booking(yan,
                opening.screenStageId(), DAY + "10:30:00Z", DAY + "11:30:00Z", team.ana()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM outbox")).as("Ana's and Zoe's invitations and Zoe's reminder only")
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM outbox WHERE subject LIKE '%Yan Ito%'")).isZero();
    }

    @Test
    void aBookingRolledBackWithItsTransactionLeavesNoMail() {
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            fixtures.interview(team.admin(), zoe, opening.screenStageId(), Instant.parse(DAY + "10:00:00Z"),
                    Duration.ofHours(1), team.ana());
            throw new IllegalStateException("the surrounding change failed");
        })).hasMessageContaining("the surrounding change failed");

        assertThat(count("SELECT count(*) FROM interviews")).isZero();
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
    }

    @Test
    void aNoShowSendsNothing() {
        Map<String, Object> body = new java.util.HashMap<>(SchedulingFixtures.booking(zoe, opening.screenStageId(),
                "2020-03-10T10:00:00Z", "2020-03-10T11:00:00Z", team.ana()));
        body.put("allowPast", true);
        String past = api.post("/api/v1/interviews", recruiter, body).json().get("id").asText();

        Answer noShow = api.post("/api/v1/interviews/" + past + "/no-show", recruiter, Map.of("reason", "Never came"));

        assertThat(noShow.status()).as(noShow.toString()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM outbox")).as("the two invitations").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind <> 'INVITATION'")).isZero();
    }

    @Test
    void erasingTheCandidateLeavesNoMailNamingThem() {
        UUID candidate = scheduling.findInterview(UUID.fromString(api.post("/api/v1/interviews", recruiter,
                SchedulingFixtures.booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z",
                        team.ana())).json().get("id").asText())).orElseThrow().candidateId();
        assertThat(count("SELECT count(*) FROM outbox WHERE payload::text LIKE '%Zoe Quinn%'"))
                .as("both invitations and Zoe's reminder").isEqualTo(3);

        assertThat(api.call("DELETE", "/api/v1/candidates/" + candidate).token(recruiter).send().status())
                .isEqualTo(204);

        assertThat(count("SELECT count(*) FROM outbox WHERE payload::text ILIKE '%zoe%' OR subject ILIKE '%zoe%'"
                + " OR recipient ILIKE '%zoe%'")).isZero();
    }
}
