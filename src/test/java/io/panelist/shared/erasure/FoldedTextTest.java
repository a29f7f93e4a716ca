package io.panelist.shared.erasure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding, and the property of it that the PostgreSQL filter rests on. */
class FoldedTextTest {
    @Test
    void foldingDropsCaseAccentsAndStrokesAndKnowsWhereEachCharacterCameFrom() {
        FoldedText folded = FoldedText.of("ZOË Łukasz Ø Zoe\u0308!");

        assertThat(folded.folded).isEqualTo("zoe lukasz o zoe!");
        assertThat(folded.originalStart(13)).isEqualTo(13);
        assertThat(folded.originalEnd(16)).as("the decomposed ë ends after its mark").isEqualTo(17);
    }

    @Test
    void aHangulSyllableFoldsToItsLettersAndEachKnowsTheSyllable() {
        FoldedText folded = FoldedText.of("a한b");

        assertThat(folded.folded).hasSize(5);
        assertThat(folded.originalStart(1)).isEqualTo(1);
        assertThat(folded.originalEnd(4)).isEqualTo(2);
    }

    /** PostgresPatterns lets any one non-ASCII character stand for an ASCII one; so this must hold for every code point. */
    @Test
    void anAsciiCharacterFoldsToAsciiAndANonAsciiOneNeverToAsciiAmongOthers() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String folded = FoldedText.fold(codePoint);
            if (codePoint < 0x80) {
                assertThat(folded).hasSize(1).matches("\\p{ASCII}");
            } else if (folded.length() > 1) {
                assertThat(folded.chars().allMatch(c -> c >= 0x80)).as("U+%04X", codePoint).isTrue();
            }
        }
    }
}
