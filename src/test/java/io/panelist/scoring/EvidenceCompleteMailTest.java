package io.panelist.scoring;

import io.panelist.notifications.dispatch.Dispatcher;
import io.panelist.recommendation.policy.Confidence;
import io.panelist.recommendation.policy.Outcome;
import io.panelist.scoring.ScoringFixtures.Scene;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.MailInbox;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.support.MailInbox.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The hiring manager hears, by mail, when the last pending scorecard of an application is submitted. */
class EvidenceCompleteMailTest extends IntegrationTest {
    static final MailInbox SMTP = new MailInbox().start();
    @Inject
    ScoringFixtures fixtures;
    @Inject
    Dispatcher dispatcher;
    Scene scene;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(SMTP.properties());
        properties.put("panelist.public-url", "https://panelist.example.com");
        return properties;
    }

    @BeforeEach
    void anInterviewWhoseInvitationsWentOut() {
        scene = fixtures.scene(api);
        dispatcher.dispatchDue();
        SMTP.purge();
    }

    @AfterAll
    void stopTheMailServer() {
        SMTP.stop();
    }

    @Test
    void theLastSubmissionMailsTheRecommendationAndItsConfidenceWithALink() throws Exception {
        submitAs(scene.team().ana());
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'EVIDENCE_COMPLETE'")).as("Ben's is pending")
                .isZero();

        submitAs(scene.team().ben());

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        MimeMessage mail = SMTP.to("mo@example.com");
        assertThat(mail.getSubject()).isEqualTo("Every scorecard is in: Cleo Candidate for Backend Engineer");
        Answer recommendation = api.get("/api/v1/applications/" + scene.applicationId() + "/recommendation",
                scene.team().manager());
        String outcome = Outcome.valueOf(recommendation.json().get("outcome").asText()).words();
        String confidence = Confidence.valueOf(recommendation.json().get("confidence").asText()).words();
        assertThat(text(mail)).contains("Hello Mo", "Recommendation: " + outcome, "Confidence: " + confidence,
                "Scorecards: 2", "https://panelist.example.com/applications/" + scene.applicationId());
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<https://panelist.example.com/unsubscribe/");
    }

    @Test
    void aHiringManagerWhoTurnedThemOffGetsNone() {
        Answer off = api.call("PUT", "/api/v1/me/notifications").ifMatchCurrent().token(scene.team().manager())
                .json(Map.of("scorecardReminders", true, "evidenceComplete", false)).send();
        assertThat(off.status()).as(off.toString()).isEqualTo(200);

        submitAs(scene.team().ana());
        submitAs(scene.team().ben());

        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'EVIDENCE_COMPLETE'")).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'WEBHOOK'")).as("no webhooks registered").isZero();
    }

    private void submitAs(String token) {
        Answer read = ScoringFixtures.scorecard(api, token, scene.interviewId());
        Answer saved = ScoringFixtures.save(api, token, scene.interviewId(), read.header("ETag"),
                completeDraft(scene.hiring(), "Solid."));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Answer submitted = ScoringFixtures.submit(api, token, scene.interviewId());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }
}
