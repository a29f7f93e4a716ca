package io.panelist.recommendation.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Flags about how the record came to be rather than what the scores say: an amendment made once its author could
 * read the panel's scorecards, and a decision taken on evidence that has changed since. Facts read in SQL; pure, like
 * {@link DecisionPolicy}.
 */
public final class RecordFlags {
    public static final String AMENDED_AFTER_SEEING_PANEL = "AMENDED_AFTER_SEEING_PANEL";
    public static final String EVIDENCE_CHANGED_SINCE_DECISION = "EVIDENCE_CHANGED_SINCE_DECISION";

    private RecordFlags() {
    }

    /** An interviewer who amended a scorecard of the application while the panel's scorecards were open to them. */
    public record PanelSeenAmendment(UUID interviewerId, String interviewerName) {
    }

    /** One flag per interviewer who amended after seeing the panel, then one when the decision's evidence moved. */
    public static List<Verdict.Note> flags(List<PanelSeenAmendment> amendedAfterSeeingPanel,
                                           boolean evidenceChangedSinceDecision) {
        List<Verdict.Note> flags = new ArrayList<>();
        for (PanelSeenAmendment amendment : amendedAfterSeeingPanel) {
            flags.add(new Verdict.Note(AMENDED_AFTER_SEEING_PANEL, null, amendment.interviewerName()
                    + " amended their scorecard when they could already read the other panelists' scorecards:"
                    + " ask what changed their mind.", amendment.interviewerId()));
        }
        if (evidenceChangedSinceDecision) {
            flags.add(new Verdict.Note(EVIDENCE_CHANGED_SINCE_DECISION, null, "The evidence changed after the decision:"
                    + " a scorecard was submitted or amended since. Review the decision against it."));
        }
        return flags;
    }
}
