package io.panelist.questionbank.packs;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.panelist.identity.Role;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@Property(name = "panelist.packs.builtin", value = "true")
class BuiltinPackTest extends IntegrationTest {
    @Inject
    BuiltinPack builtinPack;
    @Inject
    TestUsers users;

    @Test
    void thePackIsValidAndMeetsTheCounts() {
        PackDocument pack = builtinPack.read();

        assertThat(PackValidator.validate(pack, Set.of())).isEmpty();
        assertThat(pack.topicList()).hasSizeGreaterThanOrEqualTo(13);
        assertThat(pack.topicList()).allSatisfy(topic -> assertThat(topic.anchors()).hasSize(4));
        assertThat(pack.questionList()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(pack.questionList()).allSatisfy(question -> {
            assertThat(question.guidance()).isNotBlank();
            assertThat(question.followUps()).isNotEmpty();
        });
        Map<String, Set<String>> levelsByTopic = pack.questionList().stream().collect(Collectors.groupingBy(
                PackDocument.PackQuestion::topicKey,
                Collectors.mapping(PackDocument.PackQuestion::level, Collectors.toSet())));
        List<String> technical = pack.topicList().stream().map(PackDocument.PackTopic::key)
                .filter(key -> !key.equals("collaboration")).toList();
        assertThat(technical).hasSizeGreaterThanOrEqualTo(12);
        technical.forEach(key -> assertThat(levelsByTopic.get(key)).as(key)
                .containsExactlyInAnyOrder("JUNIOR", "MID", "SENIOR"));
        assertThat(levelsByTopic).containsKey("collaboration");
    }

    @Test
    void anEmptyBankGetsThePackOnceAndAFullBankIsLeftAlone() {
        builtinPack.seed();
        users.create("ana@example.com", Role.INTERVIEWER);
        String token = api.login("ana@example.com", TestUsers.PASSWORD);

        JsonNode topics = api.get("/api/v1/topics?size=100", token).json();
        assertThat(topics.get("total").asInt()).isGreaterThanOrEqualTo(13);
        topics.get("items").forEach(topic -> assertThat(topic.get("anchors")).hasSize(4));
        assertThat(api.get("/api/v1/questions?size=1", token).json().get("total").asInt()).isGreaterThanOrEqualTo(80);
        long questions = count("SELECT count(*) FROM questions");
        long audits = count("SELECT count(*) FROM audit_events");

        builtinPack.seed();

        assertThat(count("SELECT count(*) FROM questions")).isEqualTo(questions);
        assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(audits);
    }
}
