package io.panelist.recruiting.imports;

import io.panelist.support.Answer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import at its limits: 10,000 rows written in a few seconds, one bad row among 10,000 named with nothing
 * written, and bodies past 10 MB refused whether they declare their length or arrive in chunks.
 */
class CandidateImportLimitsTest extends ImportTest {

    @Test
    void tenThousandRowsImportWholeAndAgainAsUpdatesPrintingTheirTimes() throws Exception {
        String csv = rows(10_000, -1);
        assertThat(csv.length()).as("past the 1 MB that other endpoints take").isGreaterThan(1024 * 1024);

        long started = System.nanoTime();
        Answer created = send(HttpRequest.BodyPublishers.ofString(csv), "text/csv");
        Duration creating = Duration.ofNanos(System.nanoTime() - started);
        String renamed = csv.replace("Imported Person ", "Renamed Person ");
        started = System.nanoTime();
        Answer updated = send(HttpRequest.BodyPublishers.ofString(renamed), "text/csv");
        Duration updating = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("import of 10,000 rows (%d bytes): %d ms creating candidates and applications,"
                + " %d ms updating them%n", csv.length(), creating.toMillis(), updating.toMillis());

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.json().get("created").asInt()).isEqualTo(10_000);
        assertThat(created.json().get("applications").asInt()).isEqualTo(10_000);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("updated").asInt()).isEqualTo(10_000);
        assertThat(updated.json().get("applications").asInt()).isZero();
        assertThat(count("SELECT count(*) FROM candidates WHERE name LIKE 'Renamed Person %' AND version = 1"))
                .isEqualTo(10_000);
        assertThat(count("SELECT count(*) FROM applications WHERE position_id = '" + opening.positionId() + "'"))
                .isEqualTo(10_000);
        assertThat(count("SELECT count(*) FROM audit_events WHERE details ->> 'imported' = 'true'"))
                .as("each candidate created and updated, each application created").isEqualTo(30_000);
    }

    @Test
    void oneBadRowAmongTenThousandIsNamedAndNothingIsWritten() throws Exception {
        long events = count("SELECT count(*) FROM audit_events");

        long started = System.nanoTime();
        Answer answer = send(HttpRequest.BodyPublishers.ofString(rows(10_000, 7_777)), "text/csv");
        System.out.printf("import of 10,000 rows with one bad: refused in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.problemType()).isEqualTo("import-refused");
        assertThat(CandidateImportRefusalsTest.fields(answer)).containsExactly("rows/7777/email");
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
        assertThat(count("SELECT count(*) FROM applications")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(events);
    }

    @Test
    void aBodyOverTenMegabytesIsTooLargeWhetherOrNotItSaysSo() throws Exception {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) 'x');
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, body, 0, header.length);

        Answer declared = send(HttpRequest.BodyPublishers.ofByteArray(body), "text/csv");
        Answer chunked = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                "text/csv");

        for (Answer answer : new Answer[]{declared, chunked}) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().get("detail").asText()).contains("10 MB");
        }
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    @Test
    void aBodyThatIsNotUtf8IsABadRequest() throws Exception {
        byte[] latin1 = (HEADER + "Zoë Example,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1);

        Answer answer = send(HttpRequest.BodyPublishers.ofByteArray(latin1), "text/csv");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    /** A CSV of {@code count} candidates applying to the opening; the row {@code bad} has an email that is none. */
    private String rows(int count, int bad) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int row = 1; row <= count; row++) {
            csv.append("Imported Person ").append(row).append(',')
                    .append(row == bad ? "person-" + row + "-at-example.org" : "person" + row + "@example.org")
                    .append(",+49 30 ").append(1_000_000 + row).append(",ats-").append(row).append(',')
                    .append(opening.positionId()).append("\r\n");
        }
        return csv.toString();
    }

    private Answer send(HttpRequest.BodyPublisher body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(IMPORT)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + recruiter).header("Content-Type", contentType)
                .POST(body).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }
}
