package io.panelist.web.recruiting;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /candidates} and {@code /candidates/{id}}: search, add, edit with the version read, and who may. */
class CandidatePagesTest extends RecruiterWebTest {

    @Test
    void theRecruiterSearchesByNameOrEmail() {
        BrowserSession recruiter = signIn(RECRUITER);

        Answer everyone = recruiter.page("/candidates");
        Answer chloe = recruiter.page("/candidates?q=CHLOE.martin@");

        assertThat(everyone.status()).isEqualTo(200);
        assertThat(everyone.text()).contains("Jordan Lee", "Priya Sharma", "Mateo García", "Chloe Martin",
                "Add a candidate", "name=\"csrfToken\"");
        assertThat(chloe.text()).contains("Chloe Martin", "chloe.martin@example.org").doesNotContain("Jordan Lee");
        assertThat(recruiter.page("/candidates?q=nobody-like-this").text()).contains("No candidate matches");
        assertThat(signIn("admin@example.com").page("/candidates").status()).isEqualTo(200);
    }

    @Test
    void addingACandidateLeadsToTheirPage() {
        BrowserSession recruiter = signIn(RECRUITER);
        String token = token(recruiter, "/candidates");

        Answer added = recruiter.postForm("/candidates", Map.of("name", "Sam Rivera", "email", "Sam.Rivera@Example.org",
                "phone", "+1 555 0100", "source", "Meetup", "csrfToken", token));

        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        String page = added.header("Location");
        assertThat(page).matches("/candidates/[0-9a-f-]{36}");
        assertThat(recruiter.page(page).text()).contains("Sam Rivera", "sam.rivera@example.org", "+1 555 0100",
                "Apply to an open position", "Backend Engineer (Flask)", "Erase");
    }

    @Test
    void anEmptyNameOrABadEmailIsRefusedInPlainWordsAndNothingIsWritten() {
        BrowserSession recruiter = signIn(RECRUITER);
        String token = token(recruiter, "/candidates");
        long before = count("SELECT count(*) FROM candidates");

        Answer empty = recruiter.postForm("/candidates", Map.of("name", "  ", "email", "not-an-email",
                "phone", "", "source", "Kept source", "csrfToken", token));

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).startsWith("text/html");
        assertThat(empty.text()).contains("Nothing was added", "Enter the candidate&#39;s name.",
                "Enter a valid email address", "value=\"Kept source\"", "value=\"not-an-email\"",
                "aria-invalid=\"true\"");
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(before);
    }

    @Test
    void anEmailThatIsTakenIsSaidNextToTheField() {
        BrowserSession recruiter = signIn(RECRUITER);
        long before = count("SELECT count(*) FROM candidates");

        Answer taken = recruiter.postForm("/candidates", Map.of("name", "Another Chloe",
                "email", "chloe.martin@example.org", "csrfToken", token(recruiter, "/candidates")));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text()).contains("A candidate with this email already exists.", "value=\"Another Chloe\"");
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(before);
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        BrowserSession recruiter = signIn(RECRUITER);
        String chloe = applicationOf("Chloe Martin").get("candidateId").asText();
        long before = count("SELECT count(*) FROM candidates");

        Answer add = recruiter.postForm("/candidates", Map.of("name", "Forged Person"));
        Answer edit = recruiter.postForm("/candidates/" + chloe, Map.of("name", "Forged", "version", "0",
                "csrfToken", "not-the-token"));

        assertThat(add.status()).isEqualTo(403);
        assertThat(add.text()).contains("did not come from a Panelist page");
        assertThat(edit.status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Chloe Martin'")).isEqualTo(1);
    }

    @Test
    void anEditCarriesTheVersionItReadAndSaves() {
        BrowserSession recruiter = signIn(RECRUITER);
        String chloe = "/candidates/" + applicationOf("Chloe Martin").get("candidateId").asText();
        String page = recruiter.page(chloe).text();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        Answer saved = recruiter.postForm(chloe, Map.of("name", "Chloé Martin", "email", "chloe.martin@example.org",
                "phone", "+33 1 00 00 04 04", "source", "Sourced", "version", version,
                "csrfToken", BrowserSession.formToken(page)));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(recruiter.page(chloe).text()).contains("Chloé Martin");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessageAndTheTypedTextIsKept() {
        BrowserSession recruiter = signIn(RECRUITER);
        String id = applicationOf("Chloe Martin").get("candidateId").asText();
        String page = recruiter.page("/candidates/" + id).text();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        var current = api.get("/api/v1/candidates/" + id, recruiterToken());
        assertThat(api.call("PUT", "/api/v1/candidates/" + id).token(recruiterToken())
                .header("If-Match", current.header("ETag")).json(Map.of("name", "Chloe Martin-Dubois",
                        "email", "chloe.martin@example.org")).send().status()).isEqualTo(200);

        Answer stale = recruiter.postForm("/candidates/" + id, Map.of("name", "Chloe M.", "email",
                "chloe.martin@example.org", "version", version, "csrfToken", BrowserSession.formToken(page)));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.text()).contains("Someone else changed this candidate", "your changes were not saved",
                "Their saved version", "Chloe Martin-Dubois", "value=\"Chloe M.\"");
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Chloe Martin-Dubois'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Chloe M.'")).isZero();
    }

    @Test
    void interviewersAndHiringManagersGetTheForbiddenPage() {
        String chloe = applicationOf("Chloe Martin").get("candidateId").asText();
        for (String email : new String[]{"ana@example.com", "manager@example.com"}) {
            BrowserSession other = signIn(email);
            Answer list = other.page("/candidates");
            Answer one = other.page("/candidates/" + chloe);

            assertThat(list.status()).isEqualTo(403);
            assertThat(list.contentType()).startsWith("text/html");
            assertThat(list.text()).contains("Not yours to see").doesNotContain("Chloe Martin");
            assertThat(one.status()).isEqualTo(403);
            Answer sneaky = other.postForm("/candidates", Map.of("name", "Sneaky", "csrfToken", other.csrfToken()));
            assertThat(sneaky.status()).isEqualTo(403);
        }
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Sneaky'")).isZero();
    }

    @Test
    void anUnknownCandidateIsNotFoundAndABadIdIsABadRequest() {
        BrowserSession recruiter = signIn(RECRUITER);

        Answer unknown = recruiter.page("/candidates/" + java.util.UUID.randomUUID());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("Nothing here");
        assertThat(recruiter.page("/candidates/not-an-id").status()).isEqualTo(400);
    }
}
