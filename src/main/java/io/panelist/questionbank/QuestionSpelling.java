package io.panelist.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a search as the typo fallback reads them, and the bank's closest spelling of each: the vocabulary is
 * {@code question_words} (V35), every word the searched text of the bank has held. One query for all the words.
 */
@Singleton
class QuestionSpelling {
    /** More words than this add nothing to a fallback but conditions. */
    static final int MAX_WORDS = 8;
    private static final Pattern NEGATED = Pattern.compile("(^|\\s)-\\S*");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String CLOSEST = """
        SELECT t.token, to_tsvector('english', t.token) = CAST('' AS tsvector) AS stop,
               EXISTS (SELECT 1 FROM question_words k WHERE k.word = t.token) AS known, best.word
          FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS t (token, ord)
          LEFT JOIN LATERAL (SELECT w.word FROM question_words w
                              WHERE w.word % t.token
                                -- a typo changes a letter or two: a weak likeness must be of about the same length
                                AND (similarity(w.word, t.token) >= 0.5 OR abs(length(w.word) - length(t.token)) <= 2)
                              ORDER BY similarity(w.word, t.token) DESC, w.word LIMIT 1) AS best ON true
         ORDER BY t.ord
        """;

    private final Jdbc jdbc;

    QuestionSpelling(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One word of the search: whether it is an English stop word, whether the bank has it, and its closest word. */
    record Word(String token, boolean stop, boolean known, @Nullable String closest) {
    }

    /**
     * The words a fallback compares: lower case, three to forty letters or digits, without the ones a minus leaves
     * out, each once, at most {@link #MAX_WORDS}. Quotes, operators and punctuation only separate words.
     */
    static List<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : SEPARATORS.split(NEGATED.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))) {
            if (token.length() >= 3 && token.length() <= 40 && tokens.size() < MAX_WORDS) {
                tokens.add(token);
            }
        }
        return List.copyOf(tokens);
    }

    List<Word> words(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        return jdbc.query("spell the search's words", CLOSEST, List.of((Object) tokens.toArray(String[]::new)),
                rows -> {
                    List<Word> words = new ArrayList<>();
                    while (rows.next()) {
                        words.add(new Word(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3),
                                rows.getString(4)));
                    }
                    return words;
                });
    }

    /** The text with each word the bank lacks replaced by the bank's closest word; null when none is replaced. */
    @Nullable
    static String didYouMean(String text, List<Word> words) {
        String suggestion = text;
        for (Word word : words) {
            if (!word.known() && word.closest() != null && !word.closest().equals(word.token())) {
                Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.token())
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                suggestion = whole.matcher(suggestion).replaceAll(Matcher.quoteReplacement(word.closest()));
            }
        }
        return suggestion.equals(text) ? null : suggestion.trim();
    }
}
