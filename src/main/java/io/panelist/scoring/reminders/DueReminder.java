package io.panelist.scoring.reminders;

import java.time.Instant;
import java.util.UUID;

/** A panelist whose scorecard is still to submit, and which reminder ({@code nth}, from 1) is due to them now. */
record DueReminder(UUID interviewId, UUID panelistId, String email, String panelistName, String timeZone,
                   UUID candidateId, String candidateName, String positionTitle, String stageName, Instant endedAt,
                   int nth) {

    /** One message per panelist, interview and round, whichever instance writes it first. */
    String dedupeKey() {
        return key(interviewId, panelistId, nth);
    }

    static String key(UUID interviewId, UUID panelistId, int nth) {
        return "scorecard-reminder:" + interviewId + ":" + panelistId + ":" + nth;
    }
}
