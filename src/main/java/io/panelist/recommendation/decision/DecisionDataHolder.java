package io.panelist.recommendation.decision;

import io.panelist.recruiting.candidates.CandidateDataHolder;
import io.panelist.shared.Json;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hiring decisions about a candidate: their rationales and reopen reasons are free text a hiring manager may have
 * written the person's name, email or phone into. Exported with the rest; on erasure those identifiers go.
 */
@Singleton
class DecisionDataHolder implements CandidateDataHolder {
    private final DecisionRepository decisions;
    private final Json json;

    DecisionDataHolder(DecisionRepository decisions, Json json) {
        this.decisions = decisions;
        this.json = json;
    }

    @Override
    public String section() {
        return "decisions";
    }

    @Override
    public Object export(UUID candidateId) {
        return decisions.ofCandidate(candidateId).stream().map(DecisionDataHolder::exported).toList();
    }

    @Override
    public void erase(UUID candidateId, List<String> identifiers, String replacement) {
        for (String identifier : identifiers) {
            decisions.scrub(candidateId, Texts.regexLiteral(identifier), replacement,
                    Texts.regexLiteral(json.escaped(identifier)), json.escaped(replacement));
        }
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
