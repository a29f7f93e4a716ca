package io.panelist.bench;

import io.micronaut.serde.ObjectMapper;
import io.panelist.notifications.MailPayload;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox part's pure logic: the payload it writes as Panelist writes a mail, and its exactly-once arithmetic. */
class OutboxBenchTest {

    @Test
    void writesThePayloadExactlyAsPanelistSerializesAMailAndTheDispatcherReadsItBack() throws Exception {
        String payload = OutboxFill.payload("candidate-7@bench.example.com", "Outbox bench timed-1 #7",
                "Line one\nsaid \"hi\" \\ back", "<p>Booked</p>");
        MailPayload mail = new MailPayload("candidate-7@bench.example.com", "Outbox bench timed-1 #7",
                "Line one\nsaid \"hi\" \\ back", "<p>Booked</p>", null, Map.of());

        // configured as application.yml configures the server's mapper: nulls and empty maps are written
        try (ObjectMapper.CloseableObjectMapper mapper = ObjectMapper.create(
                Map.of("micronaut.serde.serialization.inclusion", "ALWAYS"))) {
            assertThat(payload).isEqualTo(mapper.writeValueAsString(mail));
            assertThat(mapper.readValue(payload, MailPayload.class)).isEqualTo(mail);
        }
        assertThat(OutboxFill.quoted("tab\there \u0001")).isEqualTo("\"tab\\there \\u0001\"");
    }

    @Test
    void countsEachMailOfTheBatchByItsMessageIdAndTimesFromTheCommitToTheLastSending() {
        UUID once = UUID.randomUUID();
        UUID twice = UUID.randomUUID();
        UUID never = UUID.randomUUID();
        Instant committed = Instant.parse("2026-12-07T10:00:00Z");
        OutboxFill.Batch batch = new OutboxFill.Batch("timed-2", List.of(once, twice, never), committed);
        OutboxFill.Tally tally = new OutboxFill.Tally(0, 3, 0, committed.plusMillis(2_500));
        Map<String, Integer> received = Map.of("<" + once + "@outbox.panelist>", 1,
                "<" + twice + "@outbox.panelist>", 2, "<" + UUID.randomUUID() + "@outbox.panelist>", 1,
                "<warm-up@example.com>", 4);

        BenchResults.OutboxRun run = OutboxBench.result(2, batch, tally, received);

        assertThat(run.instances()).isEqualTo(2);
        assertThat(run.seconds()).isEqualTo(2.5);
        assertThat(run.messagesPerSecond()).isEqualTo(1.2);
        assertThat(run.received()).isEqualTo(3);
        assertThat(run.distinct()).isEqualTo(2);
        assertThat(run.duplicates()).isEqualTo(1);
        assertThat(run.missing()).isEqualTo(1);
        assertThat(run.exactlyOnce()).isFalse();
        assertThat(OutboxBench.line(run)).contains("3 mails sent in 2.50 s").contains("1 duplicates, 1 missing");

        BenchResults.OutboxRun clean = OutboxBench.result(1, batch, tally, Map.of("<" + once + "@outbox.panelist>", 1,
                "<" + twice + "@outbox.panelist>", 1, "<" + never + "@outbox.panelist>", 1));
        assertThat(clean.exactlyOnce()).isTrue();
        assertThat(OutboxBench.warmUpMessages(5_000)).isEqualTo(1_000);
        assertThat(OutboxBench.warmUpMessages(3)).isEqualTo(1);
    }

    @Test
    void startsEachBookingRunOnTheDayAfterTheLatestInterview() {
        Instant now = Instant.parse("2026-12-07T15:20:00Z");

        assertThat(BookingInputs.firstSlot(Instant.parse("2027-03-04T10:30:00Z"), now))
                .isEqualTo(Instant.parse("2027-03-05T00:00:00Z"));
        assertThat(BookingInputs.firstSlot(Instant.parse("2027-03-05T00:00:00Z"), now))
                .isEqualTo(Instant.parse("2027-03-06T00:00:00Z"));
        assertThat(BookingInputs.firstSlot(Instant.parse("2026-11-30T09:00:00Z"), now))
                .isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        assertThat(BookingInputs.firstSlot(null, now)).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }
}
