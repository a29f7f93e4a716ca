package io.panelist.notifications.settings;

import java.util.Arrays;
import java.util.Optional;

/** The mails a user may turn off; invitations, updates and cancellations are not among them. */
public enum OptionalMail {
    SCORECARD_REMINDERS("r", "scorecard reminders"),
    EVIDENCE_COMPLETE("e", "“evidence complete” mails");

    /** How an unsubscribe link names the kind: one letter, so the link stays short. */
    final String code;
    /** How a person reads it: "You will no longer get scorecard reminders." */
    public final String words;

    OptionalMail(String code, String words) {
        this.code = code;
        this.words = words;
    }

    static Optional<OptionalMail> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
