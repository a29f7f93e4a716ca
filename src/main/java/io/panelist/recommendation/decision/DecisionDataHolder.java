package io.panelist.recommendation.decision;

import io.panelist.recruiting.candidates.CandidateDataHolder;
import io.panelist.shared.erasure.FreeTextColumns;
import io.panelist.shared.erasure.FreeTextEraser;
import io.panelist.shared.erasure.PersonMentions;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.shared.erasure.FreeTextColumns.text;

/**
 * Hiring decisions about a candidate: their rationales and reopen reasons are free text a hiring manager may have
 * written the person's name, email or phone into. Exported with the rest; on erasure the mentions go.
 */
@Singleton
class DecisionDataHolder implements CandidateDataHolder {
    private static final FreeTextColumns TEXTS = FreeTextColumns.about("decisions", List.of("id"),
            List.of(text("rationale", 5000), text("reopen_reason", 2000)), List.of("recommendation"),
            "application_id IN (SELECT id FROM applications WHERE candidate_id = ?)");
    private final DecisionRepository decisions;
    private final FreeTextEraser eraser;

    DecisionDataHolder(DecisionRepository decisions, FreeTextEraser eraser) {
        this.decisions = decisions;
        this.eraser = eraser;
    }

    @Override
    public String section() {
        return "decisions";
    }

    @Override
    public Object export(UUID candidateId) {
        return decisions.ofCandidate(candidateId).stream().map(DecisionDataHolder::exported).toList();
    }

    /** None of its own: decisions are audited as events of their application. */
    @Override
    public List<UUID> entityIds(UUID candidateId) {
        return List.of();
    }

    @Override
    public void erase(UUID candidateId, PersonMentions mentions) {
        eraser.erase(TEXTS, mentions, candidateId);
    }

    private static Map<String, Object> exported(Decision decision) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", decision.id());
        entry.put("applicationId", decision.applicationId());
        entry.put("outcome", decision.outcome());
        entry.put("rationale", decision.rationale());
        entry.put("recommendedOutcome", decision.recommendedOutcome());
        entry.put("againstRecommendation", decision.againstRecommendation());
        entry.put("decidedAt", decision.decidedAt());
        entry.put("reopenedAt", decision.reopenedAt());
        entry.put("reopenReason", decision.reopenReason());
        return entry;
    }
}
