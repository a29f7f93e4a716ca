package io.panelist.recruiting;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phone number a candidate was ever given is remembered, whichever way the candidate was written (created or
 * updated through the API, upserted by external id, imported in bulk), so that erasure finds a number the person has
 * since changed in the notes that still hold it; erasure then forgets the numbers too.
 */
class CandidatePhoneHistoryTest extends IntegrationTest {
    static final String UPSERT = "/api/v1/candidates/by-external-id/crm-7";
    static final String NAME = "Ola Nordmann";
    static final String EMAIL = "ola@example.no";
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    String recruiter;

    @BeforeEach
    void anOpening() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void everyWriteRemembersThePhoneAndErasureFindsEachOneInTextThenForgetsThem() {
        Answer created = api.put(UPSERT, recruiter, person("+47 22 11 22 33"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID ola = UUID.fromString(created.json().get("id").asText());
        assertThat(api.put(UPSERT, recruiter, person("+47 911 22 333")).status()).isEqualTo(200);
        Answer imported = api.post("/api/v1/candidates/import", recruiter, List.of(Map.of("name", NAME,
                "email", EMAIL, "phone", "0047 400 11 222", "externalId", "crm-7"), Map.of("name", "Kari Nordmann",
                "phone", "+47 22 99 88 77")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        Answer edited = api.putCurrent("/api/v1/candidates/" + ola, recruiter, person("+47 480 00 111"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(phonesOf(ola)).containsExactlyInAnyOrder("+47 22 11 22 33", "+47 911 22 333", "0047 400 11 222",
                "+47 480 00 111");
        assertThat(count("SELECT count(*) FROM candidate_phones p JOIN candidates c ON c.id = p.candidate_id"
                + " WHERE c.name = 'Kari Nordmann' AND p.phone = '+47 22 99 88 77'")).as("an imported newcomer's")
                .isEqualTo(1);
        assertThat(api.get("/api/v1/candidates/" + ola + "/export", recruiter).json().get("phones"))
                .as("the right of access shows them").hasSize(4);
        UUID application = fixtures.application(team.admin(), ola, opening.positionId());
        String reason = "Tried 22112233, then +47 911-22-333 and 0047 400 11 222; now 480 00 111. Kari: 22 99 88 77.";
        new ErasureRound(api, recruiter).withdraw(application, reason);

        Answer erased = api.delete("/api/v1/candidates/" + ola, recruiter);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        assertThat(phonesOf(ola)).isEmpty();
        assertThat(count("SELECT count(*) FROM applications WHERE id = '" + application + "' AND closed_reason = "
                + "'Tried Erased candidate, then Erased candidate and Erased candidate; now Erased candidate."
                + " Kari: 22 99 88 77.'")).as("every number she had is gone from the text, Kari's stays")
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM candidate_phones")).as("Kari's number is still remembered")
                .isEqualTo(1);
    }

    private static Map<String, Object> person(String phone) {
        return Map.of("name", NAME, "email", EMAIL, "phone", phone);
    }

    private List<String> phonesOf(UUID candidate) {
        List<String> phones = new ArrayList<>();
        try (var connection = connect(); var query = connection.prepareStatement(
                "SELECT phone FROM candidate_phones WHERE candidate_id = ?")) {
            query.setObject(1, candidate);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    phones.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return phones;
    }
}
