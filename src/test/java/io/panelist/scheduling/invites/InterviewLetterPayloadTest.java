package io.panelist.scheduling.invites;

import io.micronaut.core.type.Argument;
import io.panelist.plans.StageKind;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.shared.Json;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A letter written with its interview's JSON given is the same text as the letter written whole. */
class InterviewLetterPayloadTest extends IntegrationTest {
    @Inject
    Json json;

    @Test
    void aLetterWithItsInterviewWrittenOnceIsTheLetterWrittenWhole() {
        InterviewResponse interview = new InterviewResponse(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "Zoë \"Z\" Null", UUID.randomUUID(), "Backend, null}", UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "Screen", StageKind.SCREEN, Instant.parse("2027-01-04T09:00:00Z"),
                Instant.parse("2027-01-04T09:30:00Z"), "Europe/Berlin", "", InterviewStatus.SCHEDULED, null, 0,
                List.of(new InterviewResponse.Panelist(UUID.randomUUID(), "Ana", "ana@example.com")), List.of(), 0,
                Instant.parse("2026-12-07T10:00:00.123456Z"), Instant.parse("2026-12-07T10:00:00.123456Z"));
        for (InterviewLetter letter : List.of(
                new InterviewLetter("interview", "ana@example.com", "Interview: Zoë", "INVITED", "Ana", "Europe/Berlin",
                        false, null, Instant.parse("2026-12-07T10:00:00Z"), null, null, interview),
                new InterviewLetter("candidate-reminder", "zoe@example.com", "Reminder", "REMINDER", "Zoë", "UTC", true,
                        "zoe@example.com", Instant.parse("2026-12-07T10:00:00Z"), interview.startsAt(),
                        interview.endsAt(), interview))) {
            String payload = letter.payload(json, json.write(interview));
            InterviewLetter withoutInterview = new InterviewLetter(letter.letter(), letter.to(), letter.subject(),
                    letter.occasion(), letter.readerName(), letter.readerZone(), letter.forCandidate(),
                    letter.candidateEmail(), letter.stamp(), letter.previousStartsAt(), letter.previousEndsAt(), null);

            assertThat(json.write(withoutInterview)).as("the interview is written last, so it is spliced in")
                    .endsWith("\"interview\":null}");

            assertThat(payload).isEqualTo(json.write(letter));
            assertThat(json.read(payload, Argument.of(InterviewLetter.class))).isEqualTo(letter);
        }
    }
}
