package io.panelist.questionbank;

import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.questionbank.QuestionBankFixtures.EXPORT;
import static io.panelist.questionbank.QuestionBankFixtures.PACKS;
import static io.panelist.questionbank.QuestionBankFixtures.QUESTIONS;
import static io.panelist.questionbank.QuestionBankFixtures.TOPICS;
import static io.panelist.questionbank.QuestionBankFixtures.bankRows;
import static io.panelist.questionbank.QuestionBankFixtures.createQuestion;
import static io.panelist.questionbank.QuestionBankFixtures.createTopic;
import static io.panelist.questionbank.QuestionBankFixtures.pack;
import static io.panelist.questionbank.QuestionBankFixtures.packQuestion;
import static io.panelist.questionbank.QuestionBankFixtures.question;
import static io.panelist.questionbank.QuestionBankFixtures.topic;
import static io.panelist.questionbank.QuestionBankFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Every question bank route: 401 without a valid token, reads for every role, writes refused to recruiters. */
class QuestionBankSecurityTest extends IntegrationTest {
    @Inject
    TestUsers users;
    UUID adminId;
    Map<Role, String> tokens;
    String topicId;
    String questionId;

    record Route(String method, String path, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void createPeopleAndABank() {
        adminId = users.create("admin@example.com", Role.ADMIN);
        users.create("rita@example.com", Role.RECRUITER);
        users.create("ana@example.com", Role.INTERVIEWER);
        users.create("mo@example.com", Role.HIRING_MANAGER);
        tokens = Map.of(Role.ADMIN, api.login("admin@example.com", TestUsers.PASSWORD),
                Role.RECRUITER, api.login("rita@example.com", TestUsers.PASSWORD),
                Role.INTERVIEWER, api.login("ana@example.com", TestUsers.PASSWORD),
                Role.HIRING_MANAGER, api.login("mo@example.com", TestUsers.PASSWORD));
        topicId = createTopic(api, tokens.get(Role.ADMIN), "security");
        questionId = createQuestion(api, tokens.get(Role.ADMIN), question("security")).get("id").asText();
    }

    List<Route> readRoutes() {
        return List.of(new Route("GET", TOPICS, null), new Route("GET", TOPICS + "/" + topicId, null),
                new Route("GET", TOPICS + "/" + topicId + "?rubricVersion=1", null),
                new Route("GET", QUESTIONS, null), new Route("GET", QUESTIONS + "?q=context&retired=true", null),
                new Route("GET", QUESTIONS + "/" + questionId, null),
                new Route("GET", QUESTIONS + "/" + questionId + "?revision=1", null),
                new Route("GET", QUESTIONS + "/" + questionId + "/revisions", null),
                new Route("GET", EXPORT, null), new Route("GET", EXPORT + "?topic=security", null));
    }

    /** Writes that would each succeed for a writer; {@code suffix} keeps keys apart when several roles write. */
    List<Route> writeRoutes(String suffix) {
        return List.of(new Route("POST", TOPICS, topic("topic-" + suffix)),
                new Route("PUT", TOPICS + "/" + topicId, with(topic("security"), "name", "Security " + suffix)),
                new Route("POST", QUESTIONS, question("security", "Written by " + suffix)),
                new Route("PUT", QUESTIONS + "/" + questionId, question("security", "Revised by " + suffix)),
                new Route("POST", QUESTIONS + "/" + questionId + "/retire", null),
                new Route("POST", QUESTIONS + "/" + questionId + "/reinstate", null),
                new Route("POST", PACKS, pack(List.of(topic("pack-" + suffix)),
                        List.of(packQuestion("pack-question-" + suffix, "pack-" + suffix)))));
    }

    @Test
    void everyRouteRefusesCallersWithoutAValidToken() {
        Map<String, Long> before = bankRows(this::count);
        List<String> badTokens = Arrays.asList(null, "garbage", Tokens.expired(adminId, "ADMIN"),
                Tokens.foreign(adminId, "ADMIN"), Tokens.unsigned(adminId),
                Tokens.tampered(tokens.get(Role.RECRUITER)));

        SoftAssertions.assertSoftly(softly -> {
            for (Route route : concat(readRoutes(), writeRoutes("anonymous"))) {
                for (String token : badTokens) {
                    Answer answer = send(route, token);
                    softly.assertThat(answer.status()).as(route + " with " + token).isEqualTo(401);
                    softly.assertThat(answer.isProblem()).as(route + " is a problem").isTrue();
                }
            }
        });
        assertThat(bankRows(this::count)).isEqualTo(before);
    }

    @Test
    void recruitersReadTheBankButWriteNothing() {
        Map<String, Long> before = bankRows(this::count);

        SoftAssertions.assertSoftly(softly -> {
            for (Route route : writeRoutes("recruiter")) {
                Answer answer = send(route, tokens.get(Role.RECRUITER));
                softly.assertThat(answer.status()).as(route + " " + answer).isEqualTo(403);
                softly.assertThat(answer.isProblem()).as(route + " is a problem").isTrue();
            }
        });
        assertThat(bankRows(this::count)).isEqualTo(before);
        assertThat(api.get(QUESTIONS + "/" + questionId, tokens.get(Role.ADMIN)).json().get("retired").asBoolean())
                .isFalse();
    }

    @Test
    void everySignedInRoleReadsEveryReadRoute() {
        SoftAssertions.assertSoftly(softly -> {
            for (Role role : Role.values()) {
                for (Route route : readRoutes()) {
                    Answer answer = send(route, tokens.get(role));
                    softly.assertThat(answer.status()).as(role + " " + route + " " + answer).isEqualTo(200);
                }
            }
        });
    }

    @Test
    void administratorsInterviewersAndHiringManagersWriteTheBank() {
        long auditEvents = count("SELECT count(*) FROM audit_events");

        SoftAssertions.assertSoftly(softly -> {
            for (Role role : List.of(Role.ADMIN, Role.INTERVIEWER, Role.HIRING_MANAGER)) {
                for (Route route : writeRoutes(role.name().toLowerCase().replace('_', '-'))) {
                    Answer answer = send(route, tokens.get(role));
                    softly.assertThat(answer.status()).as(role + " " + route + " " + answer).isIn(200, 201);
                }
            }
        });
        assertThat(count("SELECT count(*) FROM topics")).isEqualTo(7);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'pack.imported'")).isEqualTo(3);
        int writes = 3 * writeRoutes("any").size();
        assertThat(count("SELECT count(*) FROM audit_events")).as("one audit event per write")
                .isEqualTo(auditEvents + writes);
    }

    @Test
    void aRecruiterWhoIsAlsoAnInterviewerMayWrite() {
        users.create("both@example.com", Role.RECRUITER, Role.INTERVIEWER);
        String both = api.login("both@example.com", TestUsers.PASSWORD);

        Answer answer = api.post(TOPICS, both, topic("both-roles"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private Answer send(Route route, String token) {
        var call = api.call(route.method(), route.path()).token(token);
        if (route.method().equals("PUT") || route.method().equals("PATCH")) {
            call.ifMatchCurrent(); // versioned writes need If-Match: the refusal under test is another
        }
        if (route.body() != null) {
            call.json(route.body());
        }
        return call.send();
    }

    private static List<Route> concat(List<Route> a, List<Route> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
