package io.panelist.audit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every action the features record, which the audit log's filter offers and accepts. {@code AuditActionsTest} finds
 * each action a source records in this list, so a new one cannot be left out of the filter.
 */
public final class AuditActions {
    public static final Set<String> KNOWN = Set.copyOf(List.of(
            "apikey.created", "apikey.revoked",
            "application.closed", "application.created", "application.reopened",
            "availability.changed", "calendar.feed-issued", "calendar.feed-revoked",
            "candidate.created", "candidate.erased", "candidate.updated",
            "decision.recorded",
            "interview.cancelled", "interview.load-limit-overridden", "interview.no-show", "interview.rescheduled",
            "interview.scheduled", "interviewer.qualifications-saved",
            "notifications.settings-changed", "notifications.unsubscribed", "outbox.retried", "pack.imported",
            "plan.archived", "plan.created", "plan.published", "plan.updated",
            "position.created", "position.updated",
            "question.created", "question.reinstated", "question.retired", "question.revised",
            "scheduling.link-booked", "scheduling.link-cancelled", "scheduling.link-created",
            "scheduling.link-rescheduled", "scheduling.link-revoked",
            "scorecard.amended", "scorecard.created", "scorecard.saved", "scorecard.submitted", "scorecards.read",
            "topic.created", "topic.updated",
            "user.created", "user.password-changed", "user.profile-updated", "user.provider-linked", "user.updated",
            "user.weekly-limit-changed",
            "webhook.created", "webhook.deleted", "webhook.redelivered", "webhook.updated"));

    private AuditActions() {
    }

    /** Known actions in order, for a list to pick from. */
    public static List<String> sorted() {
        return List.copyOf(new TreeSet<>(KNOWN));
    }

    /** The prefixes ({@code candidate.}) of the known actions, in order. */
    public static List<String> prefixes() {
        return List.copyOf(new TreeSet<>(KNOWN.stream().map(a -> a.substring(0, a.indexOf('.') + 1)).toList()));
    }

    /** An exact known action, or a prefix ending in a dot that starts one. */
    static boolean accepts(String action) {
        return KNOWN.contains(action)
                || action.endsWith(".") && KNOWN.stream().anyMatch(known -> known.startsWith(action));
    }
}
