package io.panelist.notifications;

/**
 * Where a message stands. HELD: nothing is configured to send it (no SMTP server), kept for reading at /admin/mail;
 * PENDING: waiting for the dispatcher; SENT; DEAD: every attempt failed; SKIPPED: no longer needed (a reminder for a
 * scorecard submitted meanwhile).
 */
public enum OutboxStatus {
    HELD, PENDING, SENT, DEAD, SKIPPED
}
