package io.panelist.web.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.panelist.web.questionbank.QuestionSearchPageTest.results;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search as a new user types it, over the built-in Flask pack: the last word as a prefix ({@code jinja}, {@code migr}),
 * similar words when the words find nothing ({@code sqlalchmy}) with a "did you mean", through the API and the page.
 * What each should find comes from the questions' text itself, by regular expression.
 */
class QuestionSearchForgivesTest extends WebTest {
    private static final String QUESTIONS = "/api/v1/questions";

    @Test
    void aWordBeingTypedFindsTheQuestionsWithLongerWordsThatStartWithIt() {
        String token = api.login("ana@example.com", DEMO_PASSWORD);

        JsonNode jinja = search(token, "jinja");
        JsonNode migr = search(token, "migr");

        assertThat(ids(jinja)).hasSize(6).isEqualTo(ids(search(token, "jinja2")))
                .isEqualTo(questionsWhere("\\mjinja"));
        assertThat(jinja.get("matchedBy").asText()).isEqualTo("WORDS");
        assertThat(jinja.hasNonNull("didYouMean")).isFalse();
        assertThat(ids(migr)).isNotEmpty().isEqualTo(questionsWhere("\\mmigr"));
        // only the last word is a prefix: "migr" before another word must be the whole word
        assertThat(search(token, "migr jinja").get("total").asLong()).isZero();
        assertThat(search(token, "flask migr").get("total").asLong()).isEqualTo(
                count("SELECT count(*) FROM questions q JOIN question_revisions r ON r.question_id = q.id"
                        + " AND r.revision = q.current_revision WHERE q.retired_at IS NULL AND (r.prompt || ' '"
                        + " || array_to_string(r.tags, ' ') || ' ' || r.guidance) ~* '\\mmigr'"
                        + " AND r.search @@ to_tsquery('english', 'flask')"));
    }

    @Test
    void aMisspelledWordFindsTheQuestionsWithTheWordMeantAndSaysWhichWordThatIs() {
        String token = api.login("ana@example.com", DEMO_PASSWORD);

        JsonNode typo = search(token, "sqlalchmy");
        JsonNode paged = api.get(QUESTIONS + "?q=sqlalchmy&size=3&page=1", token).json();

        Set<String> meant = questionsWhereTextOrTags("sqlalchemy");
        assertThat(meant).hasSizeGreaterThan(3);
        assertThat(typo.get("matchedBy").asText()).isEqualTo("SIMILAR_WORDS");
        assertThat(typo.get("didYouMean").asText()).isEqualTo("sqlalchemy");
        assertThat(ids(typo)).isEqualTo(meant);
        assertThat(typo.get("total").asLong()).isEqualTo(meant.size());
        assertThat(paged.get("total").asLong()).isEqualTo(meant.size());
        assertThat(paged.get("items")).hasSize(3);
        // the suggestion itself finds the questions by their words
        assertThat(search(token, "sqlalchemy").get("matchedBy").asText()).isEqualTo("WORDS");
        // two letters swapped: too little alike to find questions, alike enough to suggest the word
        assertThat(search(token, "jinaj").get("didYouMean").asText()).isEqualTo("jinja");
        // words nothing in the bank is like: no result, no suggestion
        JsonNode nothing = search(token, "zeppelin submarine");
        assertThat(nothing.get("total").asLong()).isZero();
        assertThat(nothing.hasNonNull("didYouMean")).isFalse();
    }

    @Test
    void resultsStayRankedAndFiltersKeepWorkingInEveryMode() {
        String token = api.login("ana@example.com", DEMO_PASSWORD);
        JsonNode jinja = search(token, "jinja");
        List<Boolean> inPrompt = new ArrayList<>();
        jinja.get("items").forEach(item -> inPrompt.add(item.get("prompt").asText().toLowerCase().contains("jinja")));
        JsonNode first = jinja.get("items").get(0);
        String level = first.get("level").asText();
        String topic = first.get("topicKey").asText();
        String typoTopic = search(token, "sqlalchmy").at("/items/0/topicKey").asText();

        // a word in the prompt weighs more than one in the guidance
        assertThat(inPrompt).contains(true).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(ids(api.get(QUESTIONS + "?q=jinja&level=" + level, token).json())).isNotEmpty()
                .isSubsetOf(ids(jinja)).isEqualTo(ids(api.get(QUESTIONS + "?q=jinja2&level=" + level, token).json()));
        assertThat(ids(api.get(QUESTIONS + "?q=jinja&topic=" + topic + "&level=" + level, token).json())).isNotEmpty()
                .allSatisfy(id -> assertThat(ids(jinja)).contains(id));
        JsonNode typoInTopic = api.get(QUESTIONS + "?q=sqlalchmy&topic=" + typoTopic, token).json();
        assertThat(typoInTopic.get("matchedBy").asText()).isEqualTo("SIMILAR_WORDS");
        assertThat(typoInTopic.get("items")).isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("topicKey").asText()).isEqualTo(typoTopic));
        assertThat(typoInTopic.get("total").asLong()).isEqualTo(typoInTopic.get("items").size());
        assertThat(api.get(QUESTIONS + "?q=sqlalchmy&retired=true", token).json().get("total").asLong()).isZero();
    }

    @Test
    void aNewQuestionsWordsJoinTheVocabularyOfDidYouMean() {
        String token = api.login("ana@example.com", DEMO_PASSWORD);
        Map<String, Object> question = Map.of("topicKey", "security", "level", "MID", "kind", "CONCEPT",
                "prompt", "How would you rotate the quokkadb signing keys?", "guidance", "Names a schedule.",
                "followUps", List.of(), "tags", List.of(), "minutes", 5);
        assertThat(api.post(QUESTIONS, token, question).status()).isEqualTo(201);

        JsonNode typo = search(token, "rotate quokadb");

        assertThat(typo.get("didYouMean").asText()).isEqualTo("rotate quokkadb");
        assertThat(typo.get("items")).hasSize(1);
    }

    @Test
    void queriesMadeOfOperatorsAndPunctuationAreHarmless() {
        String token = api.login("ana@example.com", DEMO_PASSWORD);
        BrowserSession ana = signIn("ana@example.com");
        List<String> hostile = List.of("& | ! :* ( ) '", "&", "|", "!", ":*", "(", ")", "'", "jinja:*", "jinja &",
                "jinja |", "!jinja", "(jinja", "jinja)", "'jinja'", "jinja'", "\"jinja", "-jinja", "jinja -", "or",
                "sqlalchmy:*", "sqlalchmy & |", "a:*b", "\\", "'':*", "<->", "jinja <-> flask", "%_%");

        SoftAssertions.assertSoftly(softly -> {
            for (String q : hostile) {
                Answer answer = api.get(QUESTIONS + "?q=" + encode(q), token);
                softly.assertThat(answer.status()).as(q + " -> " + answer).isEqualTo(200);
                softly.assertThat(answer.json().has("total")).as(q).isTrue();
            }
            softly.assertThat(ana.page("/questions?q=" + encode("& | ! :* ( ) '")).status()).isEqualTo(200);
        });
        assertThat(search(token, "jinja:*").get("total").asLong()).isEqualTo(6);
        assertThat(search(token, "& | ! :* ( ) '").get("total").asLong()).isZero();
    }

    @Test
    void thePageFindsAsYouTypeAndOffersTheWordMeant() {
        BrowserSession ben = signIn("ben@example.com");

        Answer jinja = ben.page("/questions?q=jinja");
        Answer migr = QuestionBankForms.fragment(ben, "/questions?q=migr");
        Answer typo = ben.page("/questions?q=sqlalchmy&level=");

        assertThat(jinja.text()).contains("6 questions match “jinja”, best first.");
        assertThat(results(jinja)).isEqualTo(6);
        assertThat(results(migr)).isEqualTo(questionsWhere("\\mmigr").size());
        long meant = questionsWhereTextOrTags("sqlalchemy").size();
        assertThat(typo.text()).contains("No exact match for “sqlalchmy”; " + meant
                        + " questions with similar words, closest first.", "Did you mean",
                "href=\"/questions?q=sqlalchemy\" data-suggestion=\"sqlalchemy\">sqlalchemy</a>");
        assertThat(results(typo)).isEqualTo(meant);
    }

    private JsonNode search(String token, String q) {
        Answer answer = api.get(QUESTIONS + "?size=100&q=" + encode(q), token);
        assertThat(answer.status()).as(q + " " + answer).isEqualTo(200);
        return answer.json();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new TreeSet<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** The questions in use whose searched text (prompt, tags, guidance) matches the regular expression. */
    private static Set<String> questionsWhere(String regex) {
        return questions("(r.prompt || ' ' || array_to_string(r.tags, ' ') || ' ' || r.guidance) ~* ?", regex);
    }

    /** The questions in use whose prompt or tags hold the word. */
    private static Set<String> questionsWhereTextOrTags(String word) {
        return questions("(r.prompt || ' ' || array_to_string(r.tags, ' ')) ~* ?", word);
    }

    private static Set<String> questions(String condition, String value) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT q.id FROM questions q JOIN question_revisions r ON r.question_id = q.id"
                        + " AND r.revision = q.current_revision WHERE q.retired_at IS NULL AND " + condition)) {
            statement.setString(1, value);
            Set<String> ids = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
