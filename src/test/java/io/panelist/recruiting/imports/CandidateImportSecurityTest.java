package io.panelist.recruiting.imports;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import and the upsert by external id write candidates: administrators and recruiters only. Interviewers and
 * hiring managers are refused (403) before the body is read, callers without a valid token get 401, and nothing is
 * written either way.
 */
class CandidateImportSecurityTest extends IntegrationTest {
    static final String CSV = "name,email,phone,externalId,positionId\r\nZoe Example,zoe@example.org,,crm-1,\r\n";
    @Inject
    SchedulingFixtures fixtures;
    Team team;

    @BeforeEach
    void signIn() {
        team = fixtures.team();
    }

    @Test
    void interviewersAndHiringManagersAreRefused() {
        for (String who : List.of(SchedulingFixtures.ANA, SchedulingFixtures.MANAGER)) {
            String token = api.login(who, TestUsers.PASSWORD);
            for (Answer answer : writes(token)) {
                assertThat(answer.status()).as(who + ": " + answer).isEqualTo(403);
                assertThat(answer.isProblem()).isTrue();
            }
        }
        assertNothingWritten();
    }

    @Test
    void callersWithoutAValidTokenAreRefused() {
        for (String token : Arrays.asList(null, "garbage", Tokens.expired(team.admin(), "ADMIN"),
                Tokens.unsigned(team.admin()))) {
            for (Answer answer : writes(token)) {
                assertThat(answer.status()).as(token + ": " + answer).isEqualTo(401);
                assertThat(answer.isProblem()).isTrue();
            }
        }
        assertNothingWritten();
    }

    @Test
    void administratorsAndRecruitersMayDoBoth() {
        for (String who : List.of(SchedulingFixtures.ADMIN, SchedulingFixtures.RECRUITER)) {
            String token = api.login(who, TestUsers.PASSWORD);
            List<Answer> answers = writes(token);
            assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(200);
            assertThat(answers.get(1).status()).as(answers.get(1).toString()).isEqualTo(200);
            assertThat(answers.get(2).status()).as(answers.get(2).toString()).isIn(200, 201);
        }
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(3);
    }

    /** The CSV import, the JSON import and the upsert, each of a person named once per call. */
    private List<Answer> writes(String token) {
        return List.of(api.call("POST", "/api/v1/candidates/import").token(token).raw(CSV, "text/csv").send(),
                api.post("/api/v1/candidates/import", token, List.of(Map.of("name", "Yan Example",
                        "externalId", "crm-2"))),
                api.put("/api/v1/candidates/by-external-id/crm-3", token, Map.of("name", "Xia Example")));
    }

    private void assertNothingWritten() {
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE entity_type = 'candidate'")).isZero();
    }
}
