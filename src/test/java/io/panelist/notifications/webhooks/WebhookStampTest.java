package io.panelist.notifications.webhooks;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking hears the webhooks held in memory under the webhooks' stamp; a webhook written anywhere else (another
 * instance, here a plain connection) renews the stamp, and the next booking hears the webhooks as they are now.
 */
class WebhookStampTest extends IntegrationTest {
    static final String DAY = "2030-03-11T";
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    UUID application;
    String admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("panelist.webhooks.allow-private", "true");
        return properties;
    }

    @BeforeEach
    void aHiringTeam() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        application = fixtures.applicant(team.admin(), opening, "Zoe Example");
        admin = api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD);
    }

    @Test
    void aWebhookChangedByAnotherInstanceIsHeardAsItIsNowByTheNextBooking() throws SQLException {
        Answer created = api.post("/api/v1/webhooks", admin, Map.of("url", "http://127.0.0.1:9/hook",
                "events", List.of("interview.scheduled")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        book("09:00");
        book("10:00");
        assertThat(webhookMessages()).isEqualTo(2);

        elsewhere("UPDATE webhooks SET active = false");
        book("11:00");
        assertThat(webhookMessages()).isEqualTo(2);

        elsewhere("UPDATE webhooks SET active = true, events = ARRAY['interview.cancelled']");
        book("12:00");
        assertThat(webhookMessages()).isEqualTo(2);

        elsewhere("UPDATE webhooks SET events = ARRAY['interview.cancelled', 'interview.scheduled']");
        book("13:00");
        assertThat(webhookMessages()).isEqualTo(3);

        elsewhere("DELETE FROM webhooks");
        book("14:00");
        assertThat(webhookMessages()).isEqualTo(3);
    }

    private long webhookMessages() {
        return count("SELECT count(*) FROM outbox WHERE kind = 'WEBHOOK'");
    }

    private static void elsewhere(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private void book(String time) {
        Answer booked = api.post("/api/v1/interviews", admin, SchedulingFixtures.booking(application,
                opening.screenStageId(), DAY + time + ":00Z", DAY + time.replace(":00", ":45") + ":00Z", team.ana()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }
}
