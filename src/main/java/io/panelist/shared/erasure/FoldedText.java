package io.panelist.shared.erasure;

import java.text.Normalizer;
import java.util.Map;

/**
 * A text folded for matching without regard to case or accents, with the way back to the text: every character of
 * {@link #folded} knows the span of the original text it came from. Folding decomposes each code point (NFD), drops
 * the combining marks, lower-cases what is left and maps a few letters that do not decompose but are commonly typed
 * without their stroke ({@code ł}, {@code ø}, {@code đ}, ...). Letters that stand for two ({@code ß}, {@code æ},
 * {@code œ}) stay as they are. A combining mark belongs to the span of the character before it.
 */
final class FoldedText {
    private static final Map<Integer, Integer> UNSTROKED = Map.ofEntries(
            Map.entry((int) 'ł', (int) 'l'), Map.entry((int) 'ø', (int) 'o'), Map.entry((int) 'đ', (int) 'd'),
            Map.entry((int) 'ð', (int) 'd'), Map.entry((int) 'ħ', (int) 'h'), Map.entry((int) 'ı', (int) 'i'),
            Map.entry((int) 'ŧ', (int) 't'), Map.entry((int) 'ƚ', (int) 'l'), Map.entry((int) 'ς', (int) 'σ'),
            Map.entry(0x2019, (int) '\''), Map.entry(0x02BC, (int) '\''), Map.entry(0x2010, (int) '-'),
            Map.entry(0x2011, (int) '-'));

    final String folded;
    private final int[] starts;
    private final int[] ends;

    private FoldedText(String folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    static FoldedText of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] starts = new int[text.length() * 2 + 4];
        int[] ends = new int[starts.length];
        int at = 0;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            String piece = fold(codePoint);
            if (piece.isEmpty() && folded.length() > 0) {
                ends[folded.length() - 1] = next;
            }
            for (int i = 0; i < piece.length(); i++) {
                if (folded.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.length()] = at;
                ends[folded.length()] = next;
                folded.append(piece.charAt(i));
            }
            at = next;
        }
        return new FoldedText(folded.toString(), starts, ends);
    }

    /** Where the folded characters {@code [from, to)} came from: {@code [start, end)} of the original text. */
    int originalStart(int from) {
        return starts[from];
    }

    int originalEnd(int to) {
        return ends[to - 1];
    }

    /** One code point folded: empty for a combining mark, usually one character, a few for a Hangul syllable. */
    static String fold(int codePoint) {
        if (codePoint < 0x80) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).map(Character::toLowerCase)
                .map(c -> UNSTROKED.getOrDefault(c, c)).forEach(folded::appendCodePoint);
        return folded.toString();
    }

    static String foldAll(String text) {
        return of(text).folded;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
