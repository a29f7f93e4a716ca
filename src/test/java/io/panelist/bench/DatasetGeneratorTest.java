package io.panelist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.DemoUsers;
import io.panelist.identity.IdentityService;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CI smoke run of the dataset generator: 200 applications, loaded through the same path as
 * {@code java -jar panelist.jar seed}, counted, checked for leniency, and read back through the API.
 */
class DatasetGeneratorTest extends IntegrationTest {
    @Inject
    IdentityService identity;

    @Test
    void fillsAnEmptyDatabaseWithTheShapeAndRefusesASecondTime() throws Exception {
        DemoUsers.ensure(identity);
        List<DatasetGenerator.Step> progress = new ArrayList<>();
        DatasetGenerator generator = new DatasetGenerator(IntegrationTest::connect);

        generator.generate(200, progress::add);

        assertThat(progress).extracting(DatasetGenerator.Step::name)
                .contains("applications", "interviews", "submitted scorecards", "topic scores", "calibration pairs");
        assertThat(count("SELECT count(*) FROM users WHERE 'INTERVIEWER' = ANY (roles)")).isEqualTo(60);
        assertThat(count("SELECT count(*) FROM positions")).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM plans WHERE status = 'PUBLISHED'")).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM applications")).isEqualTo(200);
        // 20 of the 200 are midway: two stages done and the third booked in the coming week
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'COMPLETED'")).isEqualTo(800 - 2 * 20);
        assertThat(count("""
                SELECT count(*) FROM interviews WHERE status = 'SCHEDULED'
                   AND starts_at > now() AND starts_at < now() + interval '8 days'""")).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'")).isEqualTo(1520);
        assertThat(count("SELECT count(*) FROM topic_scores")).isEqualTo(1520 * 6);
        // the set-based calibration equals what the per-application refresh of V7 computes
        long pairs = count("SELECT count(*) FROM calibration_pairs");
        long totalPairs = count("SELECT sum(pairs) FROM interviewer_calibration");
        long differences = count("SELECT round(sum(abs(sum_of_differences)) * 1000) FROM interviewer_calibration");
        assertThat(pairs).isPositive();
        count("SELECT count(*) FROM (SELECT refresh_calibration_pairs(id) FROM applications) refreshed");
        assertThat(count("SELECT count(*) FROM calibration_pairs")).isEqualTo(pairs);
        assertThat(count("SELECT sum(pairs) FROM interviewer_calibration")).isEqualTo(totalPairs);
        assertThat(count("SELECT round(sum(abs(sum_of_differences)) * 1000) FROM interviewer_calibration"))
                .isEqualTo(differences);
        assertThat(count("""
                SELECT count(*) FROM positions p JOIN users u ON u.id = p.hiring_manager_id
                 WHERE u.email = 'manager@example.com'""")).isEqualTo(20);
        assertThat(count("""
                SELECT count(DISTINCT ip.interview_id) FROM interview_panelists ip JOIN users u ON u.id = ip.user_id
                 WHERE u.email IN ('ana@example.com', 'ben@example.com')""")).isPositive();

        // leniency: the most lenient and the harshest interviewers' mean scores lie well apart
        double ana = mean("ana@example.com");
        double ben = mean("ben@example.com");
        assertThat(ana - ben).as("ana %.2f, ben %.2f", ana, ben).isGreaterThanOrEqualTo(0.5);
        assertThat(count("""
                SELECT count(*) FROM (SELECT sc.panelist_id FROM topic_scores ts JOIN scorecards sc ON sc.id = ts.scorecard_id
                 GROUP BY sc.panelist_id HAVING avg(ts.score) > 2.75) lenient""")).isPositive();

        // the API answers for the generated data, to the demo manager who signs in with the demo password
        String token = api.login("manager@example.com", DemoUsers.PASSWORD);
        JsonNode positions = ok(api.get("/api/v1/positions", token));
        String position = firstId(positions);
        JsonNode ranking = ok(api.get("/api/v1/positions/" + position + "/ranking", token));
        assertThat(ranking).hasSize(10);
        assertThat(ranking.findValuesAsText("outcome")).anyMatch(outcome -> !outcome.equals("INSUFFICIENT_EVIDENCE"));
        for (JsonNode item : ranking) {
            assertThat(item.get("outcome").asText())
                    .isIn("STRONG_HIRE", "HIRE", "NO_HIRE", "STRONG_NO_HIRE", "INSUFFICIENT_EVIDENCE");
        }
        String application = ranking.get(0).get("applicationId").asText();
        JsonNode recommendation = ok(api.get("/api/v1/applications/" + application + "/recommendation", token));
        assertThat(recommendation.toString()).contains("outcome");

        // ana has an interview still to come in her agenda, and may start its scorecard
        String anaToken = api.login("ana@example.com", DemoUsers.PASSWORD);
        JsonNode agenda = ok(api.get("/api/v1/me/interviews", anaToken));
        assertThat(agenda.toString()).contains("SCHEDULED");
        String upcoming = agenda.get("items").get(0).get("interviewId").asText();
        assertThat(api.get("/api/v1/interviews/" + upcoming + "/scorecard", anaToken).status()).isEqualTo(200);

        // the benchmark's inputs: real sign-ins, and each user on an upcoming interview of their own
        Path folder = Files.createTempDirectory("bench-inputs");
        LoadInputs inputs = LoadInputs.prepare(IntegrationTest::connect, server.getURI().toString(), 8,
                List.of(LoadScenario.values()), folder);
        assertThat(inputs.applicationsPerPosition()).isEqualTo(10);
        assertThat(Files.readAllLines(inputs.of(LoadScenario.RECOMMENDATION).get(1))).hasSize(200);
        assertThat(Files.readAllLines(inputs.of(LoadScenario.RANKING).get(1))).hasSize(20);
        List<String[]> savers = Files.readAllLines(inputs.of(LoadScenario.AUTOSAVE).get(0)).stream()
                .map(line -> line.split("\t")).toList();
        assertThat(savers).hasSize(8).allSatisfy(user -> assertThat(user[2].split(",")).hasSize(6));
        assertThat(savers.stream().map(user -> user[0]).distinct()).hasSize(8);
        String saver = savers.get(3)[0];
        String scorecard = "/api/v1/interviews/" + savers.get(3)[1] + "/scorecard";
        Answer opened = api.get(scorecard, saver);
        assertThat(opened.status()).isEqualTo(200);
        Answer saved = api.call("PUT", scorecard).token(saver).header("If-Match", opened.header("ETag"))
                .raw("{\"summary\":\"Draft 1\"}", "application/json").send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        // booking: each user on an application and a panelist of their own, books slot after slot from the run's first
        List<String[]> bookers = Files.readAllLines(inputs.of(LoadScenario.BOOKING).get(0)).stream()
                .map(line -> line.split("\t")).toList();
        assertThat(bookers).hasSize(8);
        assertThat(bookers.stream().map(user -> user[1]).distinct()).hasSize(8);
        assertThat(bookers.stream().map(user -> user[3]).distinct()).hasSize(8);
        List<Path> run = BookingInputs.forRun(IntegrationTest::connect, inputs.of(LoadScenario.BOOKING), folder,
                "test");
        Instant first = Instant.ofEpochSecond(Long.parseLong(Files.readAllLines(run.get(1)).get(0).trim()));
        assertThat(first).isAfter(Instant.now());
        String[] booker = bookers.get(5);
        Duration slot = Duration.ofMinutes(Integer.parseInt(booker[4]));
        for (int request = 0; request < 3; request++) {
            Answer booked = book(booker, first.plus(slot.multipliedBy(request)), slot);
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        }
        assertThat(book(booker, first.plus(slot), slot).status()).as("the same slot again").isEqualTo(409);

        // slots: links made through the API, each page answering without a sign-in with times a panel of 2 can take
        List<String> pages = Files.readAllLines(inputs.of(LoadScenario.SLOTS).get(0));
        assertThat(pages).hasSize(SlotsInputs.LINKS).allSatisfy(page -> assertThat(page)
                .startsWith("/api/v1/public/scheduling/"));
        Answer page = api.call("GET", pages.get(7)).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().get("slots")).isNotEmpty();

        // a second run refuses and writes nothing
        assertThatThrownBy(() -> generator.generate(200, progress::add))
                .isInstanceOf(DatasetGenerator.NotEmptyException.class).hasMessageContaining("200 applications");
        assertThat(count("SELECT count(*) FROM applications")).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(63);
        assertThat(count("SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'")).isEqualTo(1520);
    }

    private Answer book(String[] booker, Instant startsAt, Duration length) {
        String body = """
                {"applicationId":"%s","stageId":"%s","startsAt":"%s","endsAt":"%s","timeZone":"Europe/Berlin",
                 "location":"Room 4.2","panelistIds":["%s"]}""".formatted(booker[1], booker[2], startsAt,
                startsAt.plus(length), booker[3]);
        return api.call("POST", "/api/v1/interviews").token(booker[0]).raw(body, "application/json").send();
    }

    private double mean(String email) {
        return count("""
                SELECT round(avg(ts.score) * 1000) FROM topic_scores ts JOIN scorecards sc ON sc.id = ts.scorecard_id
                  JOIN users u ON u.id = sc.panelist_id WHERE u.email = '%s'""".formatted(email)) / 1000.0;
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static String firstId(JsonNode page) {
        JsonNode items = page.has("items") ? page.get("items") : page;
        return items.get(0).get("id").asText();
    }
}
