package io.panelist.bench;

import io.micronaut.context.ApplicationContext;
import io.panelist.notifications.MailPayload;
import io.panelist.notifications.MailPayloads;
import io.panelist.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox part's logic: the letters it writes as Panelist writes an invitation, and its exactly-once arithmetic. */
class OutboxBenchTest {

    @Test
    void writesAnInvitationLetterThatPanelistsRendererTurnsIntoTheMailWithItsInvite() {
        String payload = OutboxFill.payload("candidate-7@bench.example.com", "Outbox bench timed-1 #7",
                "Zoë \"Z\" O'Neil", Instant.parse("2026-12-07T10:20:00Z"));
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.server.port", -1);

        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            MailPayload mail = context.getBean(MailPayloads.class).read(payload);

            assertThat(mail.to()).isEqualTo("candidate-7@bench.example.com");
            assertThat(mail.subject()).isEqualTo("Outbox bench timed-1 #7");
            assertThat(mail.text()).contains("Zoë \"Z\" O'Neil").contains("Tuesday 8 December 2026, 11:00–12:00 (Europe/Berlin)").contains("Room 4");
            assertThat(mail.html()).contains("Zoë &quot;Z&quot; O&#39;Neil");
            assertThat(mail.calendar().method()).isEqualTo("REQUEST");
            assertThat(mail.calendar().ics()).contains("DTSTART:20261208T100000Z")
                    .contains("mailto:candidate-7@bench.example.com").contains("mailto:ana@bench.example.com");
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
