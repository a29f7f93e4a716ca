package io.panelist.recruiting;

import io.panelist.recruiting.ErasureCorpus.Text;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.shared.erasure.Zoe;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.panelist.recruiting.ErasureCorpus.mentions;
import static io.panelist.recruiting.ErasureCorpus.others;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure reaches free text (DESIGN.md, "Durability and privacy"): a whole round wrote Zoë into scorecard notes,
 * summaries, amendments, decisions, closing and cancelling reasons, a location, an interviewer's time away and the
 * audit trail, in every way a person is written (her full name, her first name alone, the pieces of her hyphenated
 * name, without accents and upper-cased, her email and its local part, her old and her current phone in many
 * formats); afterwards no column of the database holds any of it, each text reads as before with only the mentions
 * replaced, and what was written about other people (another candidate with a name like hers) is untouched.
 */
class ErasureReachesFreeTextTest extends IntegrationTest {
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    Opening other;
    String recruiter;
    String manager;
    String ana;
    String ben;
    ErasureRound round;

    @BeforeEach
    void aHiringTeam() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        other = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        manager = api.login(SchedulingFixtures.MANAGER, TestUsers.PASSWORD);
        ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        ben = api.login(SchedulingFixtures.BEN, TestUsers.PASSWORD);
        round = new ErasureRound(api, recruiter);
    }

    @Test
    void noMentionOfHerSurvivesAnywhereAndEverythingElseStaysAsItWas() throws SQLException {
        UUID zoe = round.candidate(Zoe.NAME, Zoe.EMAIL, Zoe.OLD_PHONE);
        round.changePhone(zoe, Zoe.NAME, Zoe.EMAIL, Zoe.PHONE);
        UUID zoey = round.candidate("Zoey Unicoder", "zoey.unicoder@example.org", "0170 7654321");
        UUID application = fixtures.application(team.admin(), zoe, opening.positionId());
        UUID elsewhere = fixtures.application(team.admin(), zoe, other.positionId());
        UUID zoeysApplication = fixtures.application(team.admin(), zoey, opening.positionId());
        Text location = mentions(0, 10, false);
        UUID interview = round.book(application, opening.screenStageId(), "2026-03-03T10:00:00Z", location.written(),
                team.ana(), team.ben());
        UUID zoeysInterview = round.book(zoeysApplication, opening.screenStageId(), "2026-03-04T10:00:00Z",
                Zoe.OTHERS.get(0), team.ana());
        Text cancelReason = mentions(10, 22, true);
        round.cancel(round.book(application, opening.technicalStageId(), "2030-03-12T10:00:00Z",
                SchedulingFixtures.ROOM, team.ana()), cancelReason.written());
        Text withdrawReason = mentions(22, 34, true);
        round.withdraw(elsewhere, withdrawReason.written());
        Text notes = ErasureCorpus.everyMention();
        Text bensNotes = mentions(20, 20 + Zoe.MENTIONS.size(), true);
        round.score(ana, interview, 3, notes.written(), notes.written(), notes.written());
        round.score(ben, interview, 2, bensNotes.written(), bensNotes.written(), bensNotes.written());
        round.score(ana, zoeysInterview, 3, others(), others(), others());
        Text amendReason = mentions(34, 46, true);
        Text amendedSummary = mentions(5, 5 + Zoe.MENTIONS.size(), true);
        round.amend(ana, interview, amendReason.written(), amendedSummary.written());
        round.amend(ana, zoeysInterview, others(), others() + " Amended.");
        Text rationale = mentions(0, 22, true);
        Text reopenReason = mentions(12, 24, true);
        Text secondRationale = mentions(22, 44, true);
        round.decide(manager, application, rationale.written());
        round.reopen(manager, application, reopenReason.written());
        round.decide(manager, application, secondRationale.written());
        round.withdraw(zoeysApplication, others());
        Text away = mentions(30, 40, false);
        round.away(ana, away.written(), Zoe.OTHERS.get(1));
        List<String> zoeysAuditBefore = auditDetailsOf(zoeysScorecard());
        assertThat(columnsStillMentioningHer()).as("the round wrote her into many columns").hasSizeGreaterThan(10);

        Answer erased = api.delete("/api/v1/candidates/" + zoe, recruiter);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        assertThat(columnsStillMentioningHer()).as("columns still holding a mention of her").isEmpty();
        String ofHerScorecards = "(SELECT id FROM scorecards WHERE application_id = '" + application + "')";
        assertThat(texts("SELECT notes FROM topic_scores WHERE scorecard_id IN " + ofHerScorecards))
                .containsExactlyInAnyOrder(notes.erased(), bensNotes.erased());
        assertThat(texts("SELECT notes FROM question_notes WHERE scorecard_id IN " + ofHerScorecards))
                .containsExactlyInAnyOrder(notes.erased(), bensNotes.erased());
        assertThat(texts("SELECT summary FROM scorecards WHERE application_id = '" + application + "'"))
                .containsExactlyInAnyOrder(amendedSummary.erased(), bensNotes.erased());
        assertThat(texts("SELECT reason FROM scorecard_amendments WHERE scorecard_id IN " + ofHerScorecards))
                .containsExactly(amendReason.erased());
        assertThat(texts("SELECT details ->> 'reason' FROM audit_events WHERE action = 'scorecard.amended'"
                + " AND entity_id IN " + ofHerScorecards)).containsExactly(amendReason.erased());
        assertThat(texts("SELECT rationale FROM decisions WHERE application_id = '" + application + "'"))
                .containsExactlyInAnyOrder(rationale.erased(), secondRationale.erased());
        assertThat(texts("SELECT reopen_reason FROM decisions WHERE reopen_reason IS NOT NULL"))
                .containsExactly(reopenReason.erased());
        assertThat(texts("SELECT details ->> 'reason' FROM audit_events WHERE action = 'application.reopened'"))
                .containsExactly(reopenReason.erased());
        assertThat(texts("SELECT closed_reason FROM applications WHERE id = '" + elsewhere + "'"))
                .containsExactly(withdrawReason.erased());
        assertThat(texts("SELECT location FROM interviews WHERE id = '" + interview + "'"))
                .containsExactly(location.erased());
        assertThat(texts("SELECT status_reason FROM interviews WHERE status = 'CANCELLED' AND candidate_id = '" + zoe
                + "'")).containsExactly(cancelReason.erased());
        assertThat(texts("SELECT reason FROM availability_exceptions ORDER BY lower(during)"))
                .containsExactly(away.erased(), Zoe.OTHERS.get(1));
        assertThatWhatWasWrittenAboutOthersIsUntouched(zoey, zoeysApplication, zoeysAuditBefore);
        assertThat(count("SELECT count(*) FROM topic_scores t JOIN scorecards s ON s.id = t.scorecard_id"
                + " WHERE s.application_id = '" + application + "' AND t.score IS NOT NULL"))
                .as("her scores stay").isEqualTo(2);
    }

    @Test
    void inTextsAboutOthersOnlyHerFullNameEmailAndNumbersGo() {
        UUID garcia = round.candidate("Ana Garcia", "ana.g@example.org", "+34 91 000 0303");
        round.away(ana, "Ana Garcia's final round, or call +34 91 000 0303", "Ana at the dentist");
        List<String> interviewersTrail = auditDetailsOf(team.ana());

        assertThat(api.delete("/api/v1/candidates/" + garcia, recruiter).status()).isEqualTo(204);

        assertThat(texts("SELECT reason FROM availability_exceptions ORDER BY lower(during)")).as("interviewer Ana's")
                .containsExactly("Erased candidate's final round, or call Erased candidate", "Ana at the dentist");
        assertThat(auditDetailsOf(team.ana())).as("interviewer ana@example.com's audit trail")
                .isEqualTo(interviewersTrail).anyMatch(details -> details.contains("ana@example.com"));
    }

    private void assertThatWhatWasWrittenAboutOthersIsUntouched(UUID zoey, UUID zoeysApplication,
                                                               List<String> zoeysAuditBefore) throws SQLException {
        String hisScorecard = "'" + zoeysScorecard() + "'";
        assertThat(texts("SELECT name || ' ' || email || ' ' || phone FROM candidates WHERE id = '" + zoey + "'"))
                .containsExactly("Zoey Unicoder zoey.unicoder@example.org 0170 7654321");
        assertThat(texts("SELECT phone FROM candidate_phones WHERE candidate_id = '" + zoey + "'"))
                .containsExactly("0170 7654321");
        assertThat(texts("SELECT notes FROM topic_scores WHERE scorecard_id = " + hisScorecard))
                .containsExactly(others());
        assertThat(texts("SELECT notes FROM question_notes WHERE scorecard_id = " + hisScorecard))
                .containsExactly(others());
        assertThat(texts("SELECT summary FROM scorecards WHERE id = " + hisScorecard))
                .containsExactly(others() + " Amended.");
        assertThat(texts("SELECT reason FROM scorecard_amendments WHERE scorecard_id = " + hisScorecard))
                .containsExactly(others());
        assertThat(texts("SELECT closed_reason FROM applications WHERE id = '" + zoeysApplication + "'"))
                .containsExactly(others());
        assertThat(texts("SELECT location FROM interviews WHERE candidate_id = '" + zoey + "'"))
                .containsExactly(Zoe.OTHERS.get(0));
        assertThat(auditDetailsOf(zoeysScorecard())).isEqualTo(zoeysAuditBefore);
    }

    private UUID zoeysScorecard() {
        List<String> ids = texts("SELECT CAST(s.id AS text) FROM scorecards s JOIN applications a"
                + " ON a.id = s.application_id JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Zoey Unicoder'");
        assertThat(ids).hasSize(1);
        return UUID.fromString(ids.get(0));
    }

    private List<String> auditDetailsOf(UUID entity) {
        return texts("SELECT CAST(details AS text) FROM audit_events WHERE entity_id = '" + entity
                + "' ORDER BY occurred_at, id");
    }

    private List<String> columnsStillMentioningHer() throws SQLException {
        try (Connection connection = connect()) {
            return ErasureCorpus.columnsStillMentioningHer(connection);
        }
    }

    /** The first column of every row the query answers. */
    private List<String> texts(String sql) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<String> texts = new ArrayList<>();
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
            return texts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
