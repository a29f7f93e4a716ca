package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The flags about how the record came to be, in the order and words the recommendation gives them. */
class RecordFlagsTest {
    private static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void noAmendmentAfterSeeingThePanelAndAnUnchangedDecisionRaiseNothing() {
        assertThat(RecordFlags.flags(List.of(), false)).isEmpty();
    }

    @Test
    void eachInterviewerWhoAmendedAfterSeeingThePanelIsNamedThenTheChangedEvidenceIsSaid() {
        List<Verdict.Note> flags = RecordFlags.flags(List.of(new RecordFlags.PanelSeenAmendment(BEN, "Ben"),
                new RecordFlags.PanelSeenAmendment(ANA, "Ana")), true);

        assertThat(flags).extracting(Verdict.Note::code, Verdict.Note::interviewerId, Verdict.Note::topicKey)
                .containsExactly(tuple("AMENDED_AFTER_SEEING_PANEL", BEN, null),
                        tuple("AMENDED_AFTER_SEEING_PANEL", ANA, null),
                        tuple("EVIDENCE_CHANGED_SINCE_DECISION", null, null));
        assertThat(flags.get(0).message()).isEqualTo("Ben amended their scorecard when they could already read the"
                + " other panelists' scorecards: ask what changed their mind.");
        assertThat(flags.get(2).message()).isEqualTo("The evidence changed after the decision: a scorecard was"
                + " submitted or amended since. Review the decision against it.");
    }
}
