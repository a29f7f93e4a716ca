package io.panelist.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.panelist.questionbank.QuestionBankFixtures.QUESTIONS;
import static io.panelist.questionbank.QuestionBankFixtures.createQuestion;
import static io.panelist.questionbank.QuestionBankFixtures.createTopic;
import static io.panelist.questionbank.QuestionBankFixtures.question;
import static io.panelist.questionbank.QuestionBankFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/questions}: relevance ranking, filters alone and combined, paging, and any text in {@code q}. */
class QuestionBankSearchApiTest extends IntegrationTest {
    @Inject
    TestUsers users;
    String reader;
    String writer;

    @BeforeEach
    void signIn() {
        users.create("ana@example.com", Role.INTERVIEWER);
        users.create("rita@example.com", Role.RECRUITER);
        writer = api.login("ana@example.com", TestUsers.PASSWORD);
        reader = api.login("rita@example.com", TestUsers.PASSWORD);
    }

    @Test
    void searchRanksTheQuestionsThatAreAboutBlueprintsFirst() {
        createTopic(api, writer, "structure");
        createQuestion(api, writer, question("structure", "How do you organise a large app into modules?"));
        String inGuidance = createQuestion(api, writer, with(question("structure", "Where do the routes of a big app live?"),
                "guidance", "Strong answers may mention a blueprint per feature.")).get("key").asText();
        String first = createQuestion(api, writer, question("structure", "Why register blueprints in the app factory?"))
                .get("key").asText();
        createQuestion(api, writer, question("structure", "What does the application factory give you?"));
        String second = createQuestion(api, writer, question("structure", "When would you split one blueprint into two?"))
                .get("key").asText();

        List<String> ranked = keys(QUESTIONS + "?q=blueprint");

        assertThat(ranked).hasSize(3);
        assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder(first, second);
        assertThat(ranked.get(2)).isEqualTo(inGuidance);
    }

    @Test
    void withoutAQueryTheNewestQuestionsComeFirst() {
        createTopic(api, writer, "security");
        String older = createQuestion(api, writer, question("security", "Older")).get("key").asText();
        String newer = createQuestion(api, writer, question("security", "Newer")).get("key").asText();

        assertThat(keys(QUESTIONS)).containsExactly(newer, older);
    }

    @Test
    void eachFilterAloneNarrowsTheSearch() {
        Map<String, String> bank = smallBank();

        assertThat(keys(QUESTIONS + "?topic=security")).containsExactlyInAnyOrder(bank.get("sec-junior"),
                bank.get("sec-senior"));
        assertThat(keys(QUESTIONS + "?level=SENIOR")).containsExactlyInAnyOrder(bank.get("sec-senior"),
                bank.get("test-senior"));
        assertThat(keys(QUESTIONS + "?kind=CODING")).containsExactlyInAnyOrder(bank.get("sec-senior"),
                bank.get("test-junior"));
        assertThat(keys(QUESTIONS + "?tag=jwt")).containsExactlyInAnyOrder(bank.get("sec-junior"),
                bank.get("sec-senior"));
        assertThat(keys(QUESTIONS + "?tag=JWT")).hasSize(2);
        assertThat(keys(QUESTIONS + "?q=fixtures")).containsExactly(bank.get("test-junior"));
        assertThat(keys(QUESTIONS + "?topic=no-such-topic")).isEmpty();
    }

    @Test
    void filtersCombine() {
        Map<String, String> bank = smallBank();

        assertThat(keys(QUESTIONS + "?topic=security&level=SENIOR")).containsExactly(bank.get("sec-senior"));
        assertThat(keys(QUESTIONS + "?level=SENIOR&kind=CODING&tag=jwt")).containsExactly(bank.get("sec-senior"));
        assertThat(keys(QUESTIONS + "?topic=testing&kind=CODING&q=fixtures")).containsExactly(bank.get("test-junior"));
        assertThat(keys(QUESTIONS + "?topic=testing&tag=jwt")).isEmpty();
        assertThat(keys(QUESTIONS + "?topic=security&level=JUNIOR&kind=CODING")).isEmpty();
        String seniorId = api.get(QUESTIONS + "?topic=security&level=SENIOR", reader).json().at("/items/0/id").asText();
        api.post(QUESTIONS + "/" + seniorId + "/retire", writer, null);
        assertThat(keys(QUESTIONS + "?retired=true&topic=security&tag=jwt")).containsExactly(bank.get("sec-senior"));
        assertThat(keys(QUESTIONS + "?retired=true&topic=testing")).isEmpty();
        assertThat(keys(QUESTIONS + "?topic=security&tag=jwt")).containsExactly(bank.get("sec-junior"));
    }

    @Test
    void pagesSplitTheResultsAndReportTheTotal() {
        createTopic(api, writer, "security");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(createQuestion(api, writer, question("security", "Question number " + i)).get("key").asText());
        }

        JsonNode page2 = api.get(QUESTIONS + "?size=2&page=2", reader).json();

        assertThat(List.of(page2.get("page").asInt(), page2.get("size").asInt(), page2.get("total").asInt()))
                .containsExactly(2, 2, 5);
        List<String> paged = new ArrayList<>(keys(QUESTIONS + "?size=2&page=0"));
        paged.addAll(keys(QUESTIONS + "?size=2&page=1"));
        paged.addAll(keys(QUESTIONS + "?size=2&page=2"));
        assertThat(paged).hasSize(5).containsExactlyInAnyOrderElementsOf(all);
        assertThat(keys(QUESTIONS + "?size=2&page=3")).isEmpty();
        assertThat(api.get(QUESTIONS + "?size=2&page=3", reader).json().get("total").asLong()).isEqualTo(5);
        for (String paging : List.of("size=2&page=0", "size=2&page=1", "size=5&page=0", "size=5&page=1",
                "size=6&page=0", "q=number&size=2&page=2", "q=number&size=5&page=0", "q=number&size=4&page=1")) {
            assertThat(api.get(QUESTIONS + "?" + paging, reader).json().get("total").asLong()).as(paging).isEqualTo(5);
        }
        assertThat(api.get(QUESTIONS + "?q=nowhere", reader).json().get("total").asLong()).isZero();
    }

    @Test
    void pagesOutOfBoundsAreBadRequests() {
        assertThat(api.get(QUESTIONS + "?size=100", reader).status()).isEqualTo(200);
        for (String paging : List.of("size=101", "page=-1", "size=0", "size=-5")) {
            Answer answer = api.get(QUESTIONS + "?" + paging, reader);
            assertThat(answer.status()).as(paging + " " + answer).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
        }
    }

    @Test
    void anyTextInTheQueryIsSearchedAsText() {
        createTopic(api, writer, "security");
        String oreilly = createQuestion(api, writer, question("security", "What did O'Reilly write about \"tokens\"?"))
                .get("key").asText();
        List<String> hostile = List.of("'", "\"", "O'Reilly", "\"tokens", "' OR 1=1 --", "'; DROP TABLE questions; --",
                "a & b | !c <-> d:*", "(((", "-", "or", "\\", "%_%", "日本語 ñandú 🚀 \u202Eevil", "nul\u0000byte",
                "blueprint ".repeat(500).trim(), "é".repeat(5000));

        SoftAssertions.assertSoftly(softly -> {
            for (String q : hostile) {
                Answer answer = api.get(QUESTIONS + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), reader);
                String shown = q.length() > 40 ? q.substring(0, 40) + "... (" + q.length() + " chars)" : q;
                softly.assertThat(answer.status()).as(shown + " -> " + answer).isEqualTo(200);
                softly.assertThat(answer.isProblem() || answer.json().has("total")).as(shown + " answers a page").isTrue();
            }
        });
        assertThat(keys(QUESTIONS + "?q=" + URLEncoder.encode("O'Reilly", StandardCharsets.UTF_8))).containsExactly(oreilly);
        assertThat(count("SELECT count(*) FROM questions")).isEqualTo(1);
    }

    /** Four questions over two topics, varied in level, kind and tags; answers their keys by a short name. */
    private Map<String, String> smallBank() {
        createTopic(api, writer, "security");
        createTopic(api, writer, "testing");
        return Map.of(
                "sec-junior", make("security", "JUNIOR", "CONCEPT", List.of("jwt"), "What is a session cookie?"),
                "sec-senior", make("security", "SENIOR", "CODING", List.of("jwt", "crypto"), "Verify a signed token."),
                "test-junior", make("testing", "JUNIOR", "CODING", List.of("pytest"), "Write a test with fixtures."),
                "test-senior", make("testing", "SENIOR", "DESIGN", List.of("ci"), "Design a CI pipeline."));
    }

    private String make(String topicKey, String level, String kind, List<String> tags, String prompt) {
        Map<String, Object> question = with(with(with(question(topicKey, prompt), "level", level), "kind", kind),
                "tags", tags);
        return createQuestion(api, writer, with(question, "guidance", "Names the trade-offs.")).get("key").asText();
    }

    private List<String> keys(String path) {
        return field(path, "key");
    }

    private List<String> field(String path, String name) {
        Answer answer = api.get(path, reader);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        assertThat(answer.json().get("items")).as(path + " " + answer).isNotNull();
        List<String> values = new ArrayList<>();
        answer.json().get("items").forEach(item -> values.add(item.get(name).asText()));
        return values;
    }
}
