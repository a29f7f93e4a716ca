package io.panelist.recruiting.imports;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** What the import tests share: a position with a published plan, and a recruiter signed in to import into it. */
abstract class ImportTest extends IntegrationTest {
    static final String IMPORT = "/api/v1/candidates/import";
    static final String HEADER = "name,email,phone,externalId,positionId\r\n";
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    String recruiter;

    @BeforeEach
    void openAPosition() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }
}
