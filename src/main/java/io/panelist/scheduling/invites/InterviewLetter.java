package io.panelist.scheduling.invites;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.shared.Json;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What an interview's mail is written from, as the outbox keeps it until the mail is sent or shown: the reader (in
 * their time zone), the interview as it stood when the mail was written, and where it was before a move. The mail
 * says the interview's times as they were then, whatever happens to it later; its invite carries the SEQUENCE of
 * then, so a calendar applies a later mail's update over it.
 *
 * @param letter         which renderer writes the mail ({@link InterviewLetters} or {@link CandidateReminder})
 * @param occasion       why the mail is sent: a name of {@link InterviewLetters.Occasion}
 * @param candidateEmail the candidate's address, an ATTENDEE of the invite; null when there is none
 * @param stamp          when the mail was written: the invite's DTSTAMP
 */
@Serdeable
record InterviewLetter(String letter, String to, String subject, String occasion, String readerName,
                       String readerZone, boolean forCandidate, @Nullable String candidateEmail, Instant stamp,
                       @Nullable Instant previousStartsAt, @Nullable Instant previousEndsAt,
                       InterviewResponse interview) {

    /** How the interview, the last field, ends the JSON of a letter written without it. */
    private static final String WITHOUT_INTERVIEW = "\"interview\":null}";

    ZoneId zone() {
        return ZoneId.of(readerZone);
    }

    /**
     * This letter's JSON, as {@code json.write(this)} gives it, with the interview's JSON written already: the letters of
     * one change all carry the same interview, so it is written once for all of them.
     */
    String payload(Json json, String interviewJson) {
        String shell = json.write(new InterviewLetter(letter, to, subject, occasion, readerName, readerZone,
                forCandidate, candidateEmail, stamp, previousStartsAt, previousEndsAt, null));
        return shell.endsWith(WITHOUT_INTERVIEW)
                ? shell.substring(0, shell.length() - "null}".length()) + interviewJson + "}"
                : json.write(this);
    }
}
