package io.panelist.web.recruiting;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Erasing a person takes two steps: a page that names what goes and what stays, then an explicit confirmation. */
class CandidateErasurePagesTest extends RecruiterWebTest {

    @Test
    void theConfirmationPageNamesWhatIsErasedWhatChangesAndWhatIsKept() {
        String chloe = applicationOf("Chloe Martin").get("candidateId").asText();

        Answer page = signIn(RECRUITER).page("/candidates/" + chloe + "/erase");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Erase <span>Chloe Martin</span>?", "What will be erased",
                "chloe.martin@example.org", "+33 1 00 00 04 04", "Sourced", "These active applications are withdrawn",
                "Backend Engineer (Flask)", "These upcoming interviews are cancelled", "Phone screen",
                "What is kept", "Every scorecard and score", "name=\"confirm\" value=\"yes\"",
                "I confirm that <strong>Chloe Martin</strong> asked to be erased");
        assertThat(count("SELECT count(*) FROM candidates WHERE erased_at IS NOT NULL")).isZero();
    }

    @Test
    void theCandidatePageOnlyLinksToTheConfirmationAndAPostWithoutItErasesNothing() {
        BrowserSession recruiter = signIn(RECRUITER);
        String jordan = applicationOf("Jordan Lee").get("candidateId").asText();
        String candidatePage = recruiter.page("/candidates/" + jordan).text();

        Answer unconfirmed = recruiter.postForm("/candidates/" + jordan + "/erase",
                Map.of("csrfToken", BrowserSession.formToken(candidatePage)));

        assertThat(candidatePage).contains("href=\"/candidates/" + jordan + "/erase\"")
                .doesNotContain("action=\"/candidates/" + jordan + "/erase\"");
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.text()).contains("Nothing was erased. Tick the box to confirm");
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Jordan Lee' AND erased_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void aConfirmedErasureAnonymizesThePersonAndKeepsTheScores() {
        BrowserSession recruiter = signIn(RECRUITER);
        String jordan = applicationOf("Jordan Lee").get("candidateId").asText();
        long scores = count("SELECT count(*) FROM topic_scores");
        long scorecards = count("SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'");
        String token = token(recruiter, "/candidates/" + jordan + "/erase");

        Answer erased = recruiter.postForm("/candidates/" + jordan + "/erase", Map.of("confirm", "yes",
                "csrfToken", token));

        assertThat(erased.status()).isEqualTo(303);
        assertThat(erased.header("Location")).isEqualTo("/candidates/" + jordan);
        Answer after = recruiter.page("/candidates/" + jordan);
        assertThat(after.text()).contains("Erased candidate", "This person was erased on request")
                .doesNotContain("Jordan Lee", "jordan.lee@example.org", "id=\"edit-candidate\"", "Erase Erased");
        assertThat(count("SELECT count(*) FROM candidates WHERE email = 'jordan.lee@example.org'")).isZero();
        assertThat(count("SELECT count(*) FROM topic_scores")).isEqualTo(scores);
        assertThat(count("SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'")).isEqualTo(scorecards);
    }

    @Test
    void anErasureWithoutTheCsrfTokenOrByAnInterviewerIsRefused() {
        String chloe = applicationOf("Chloe Martin").get("candidateId").asText();
        BrowserSession ana = signIn("ana@example.com");

        Answer forged = signIn(RECRUITER).postForm("/candidates/" + chloe + "/erase", Map.of("confirm", "yes"));
        Answer byAna = ana.postForm("/candidates/" + chloe + "/erase", Map.of("confirm", "yes",
                "csrfToken", ana.csrfToken()));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(byAna.status()).isEqualTo(403);
        assertThat(ana.page("/candidates/" + chloe + "/erase").status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM candidates WHERE erased_at IS NOT NULL")).isZero();
    }
}
