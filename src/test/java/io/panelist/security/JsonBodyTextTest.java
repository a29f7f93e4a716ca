package io.panelist.security;

import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body says one thing or is refused: a key twice in one object, bytes that are not strict UTF-8 (overlong
 * forms, encoded surrogates) and half of a surrogate pair are each a 400 problem that names the problem, and nothing
 * is written; a lenient reader would keep the last key, or store {@code C0 AF} as "/" and a lone {@code \uD800} as
 * a broken character. Whole characters outside the BMP, raw or as an escaped pair, are stored as sent.
 */
class JsonBodyTextTest extends IntegrationTest {
    static final String CANDIDATES = "/api/v1/candidates";
    @Inject
    TestUsers users;
    String admin;

    @BeforeEach
    void signInAsAdmin() {
        users.create("admin@example.com", Role.ADMIN);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedAndNamed() {
        Answer top = post(CANDIDATES, "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", \"name\": \"Eve\"}");
        Answer nested = post("/api/v1/topics", """
                {"key": "security", "name": "Security", "description": "Secure code.",
                 "anchors": [{"score": 1, "descriptor": "a", "score": 4}, {"score": 2, "descriptor": "b"},
                             {"score": 3, "descriptor": "c"}, {"score": 4, "descriptor": "d"}]}""");

        assertInvalidJson(top, "\"name\" twice");
        assertInvalidJson(nested, "\"anchors[].score\" twice");
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
        assertThat(count("SELECT count(*) FROM topics")).isZero();
    }

    @Test
    void bytesThatAreNotStrictUtf8AreRefused() {
        List<String> failures = new ArrayList<>();
        for (byte[] bad : List.of(bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF), bytes(0xF0, 0x80, 0x80, 0xAF),
                bytes(0xC1, 0xBF), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF),
                bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80), bytes(0xC3), bytes(0xFF))) {
            Answer answer = api.call("POST", CANDIDATES).token(admin).bytes(candidateWithNameBytes(bad),
                    "application/json").send();
            if (answer.status() != 400 || !answer.isProblem() || !"invalid-json".equals(answer.problemType())
                    || !answer.json().get("detail").asText().contains("not valid UTF-8 at byte 13")) {
                failures.add(hex(bad) + " -> " + answer);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    @Test
    void halfOfASurrogatePairIsRefused() {
        List<String> failures = new ArrayList<>();
        for (String name : List.of("\\uD800", "\\uDC00", "Ada \\uD83D", "Ada \\uDE00 Lovelace", "\\uD83D\\u0041",
                "\\uDE00\\uD83D", "\\uD83D\\uD83D")) {
            Answer answer = post(CANDIDATES, "{\"name\": \"" + name + "\", \"email\": \"ada@example.com\"}");
            if (answer.status() != 400 || !answer.isProblem() || !"invalid-json".equals(answer.problemType())
                    || !answer.json().get("detail").asText().contains("surrogate pair")
                    || !answer.json().get("detail").asText().contains("\"name\"")) {
                failures.add(name + " -> " + answer);
            }
        }
        Answer inAKey = post(CANDIDATES, "{\"name\": \"Ada\", \"email\": \"ada@example.com\", \"\\uDFFF\": 1}");
        assertThat(failures).isEmpty();
        assertInvalidJson(inAKey, "surrogate pair");
        assertThat(inAKey.json().get("detail").asText()).contains("a key");
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    @Test
    void wholeCharactersOutsideTheBmpAreStoredAsSent() {
        Answer raw = post(CANDIDATES, "{\"name\": \"Ada 😀 Lovelace\", \"email\": \"ada@example.com\"}");
        Answer escaped = post(CANDIDATES, "{\"name\": \"Grace \\uD83D\\uDE00 Hopper\", \"email\": \"grace@example.com\"}");

        assertThat(raw.status()).as(raw.toString()).isEqualTo(201);
        assertThat(escaped.status()).as(escaped.toString()).isEqualTo(201);
        assertThat(raw.json().get("name").asText()).isEqualTo("Ada \uD83D\uDE00 Lovelace");
        assertThat(escaped.json().get("name").asText()).isEqualTo("Grace \uD83D\uDE00 Hopper");
        assertThat(count("SELECT count(*) FROM candidates WHERE name IN ('Ada 😀 Lovelace', 'Grace 😀 Hopper')"))
                .isEqualTo(2);
    }

    /** The candidate import parses its own JSON; it holds to the same text. */
    @Test
    void theImportRefusesTheSameBodies() {
        Answer surrogate = post("/api/v1/candidates/import", "[{\"name\": \"Ada \\uD800\", \"email\": \"ada@example.com\"}]");
        Answer overlong = api.call("POST", "/api/v1/candidates/import").token(admin).bytes(
                concat("[{\"name\": \"Ada".getBytes(StandardCharsets.UTF_8), bytes(0xC0, 0xAF),
                        "\", \"email\": \"ada@example.com\"}]".getBytes(StandardCharsets.UTF_8)),
                "application/json").send();

        assertInvalidJson(surrogate, "surrogate pair");
        assertInvalidJson(overlong, "not valid UTF-8");
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    private Answer post(String path, String json) {
        return api.call("POST", path).token(admin).raw(json, "application/json").send();
    }

    private static void assertInvalidJson(Answer answer, String named) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.problemType()).as(answer.toString()).isEqualTo("invalid-json");
        assertThat(answer.json().get("detail").asText()).contains(named);
    }

    /** {@code {"name": "Ada} (13 bytes), then {@code bad}, then the rest of a valid candidate. */
    private static byte[] candidateWithNameBytes(byte[] bad) {
        return concat("{\"name\": \"Ada".getBytes(StandardCharsets.UTF_8), bad,
                " Lovelace\", \"email\": \"ada@example.com\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X ", b));
        }
        return text.toString().trim();
    }
}
