package io.panelist;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The feature that owns each table and view of the schema, one entry a table: a migration may create tables of two
 * features (V4 creates recruiting's candidates and applications with scheduling's interviews).
 */
final class TableOwners {
    static final Map<String, String> OWNER = Map.ofEntries(
            entry("audit_events", "audit"),
            entry("users", "identity"),
            entry("refresh_tokens", "identity"),
            entry("login_attempts", "identity"),
            entry("oidc_sign_ins", "identity"),
            entry("oidc_accounts", "identity"),
            entry("api_keys", "identity"),
            entry("outbox", "notifications"),
            entry("webhooks", "notifications"),
            entry("webhook_deliveries", "notifications"),
            entry("webhooks_stamp", "notifications"),
            entry("notification_settings", "notifications"),
            entry("topics", "questionbank"),
            entry("rubric_versions", "questionbank"),
            entry("questions", "questionbank"),
            entry("question_revisions", "questionbank"),
            entry("question_words", "questionbank"),
            entry("positions", "recruiting"),
            entry("candidates", "recruiting"),
            entry("candidate_phones", "recruiting"),
            entry("applications", "recruiting"),
            entry("plans", "plans"),
            entry("plan_stages", "plans"),
            entry("stage_topics", "plans"),
            entry("stage_questions", "plans"),
            entry("plan_kit_stamp", "plans"),
            entry("interviews", "scheduling"),
            entry("interview_panelists", "scheduling"),
            entry("interviewer_availability", "scheduling"),
            entry("availability_weekly", "scheduling"),
            entry("availability_exceptions", "scheduling"),
            entry("interviewer_qualifications", "scheduling"),
            entry("calendar_feeds", "scheduling"),
            entry("scheduling_links", "scheduling"),
            entry("scheduling_link_offers", "scheduling"),
            entry("public_request_counts", "scheduling"),
            entry("scorecards", "scoring"),
            entry("scorecards_awaited", "scoring"),
            entry("topic_scores", "scoring"),
            entry("question_notes", "scoring"),
            entry("scorecard_amendments", "scoring"),
            entry("decisions", "recommendation"),
            entry("calibration_pairs", "recommendation"),
            entry("interviewer_calibration", "recommendation"),
            entry("calibration_stamp", "recommendation"),
            entry("application_verdicts", "recommendation"),
            entry("application_tallies", "recommendation"),
            entry("severity_estimate", "recommendation"),
            entry("interviewer_severities", "recommendation"));

    private TableOwners() {
    }
}
