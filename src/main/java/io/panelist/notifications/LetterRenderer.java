package io.panelist.notifications;

/** Renders the {@link Letter}s a feature writes: the mail, from the payload it stored. */
public interface LetterRenderer {

    /** The name the feature's payloads carry in their {@code letter} member. */
    String letter();

    MailPayload render(String payload);
}
