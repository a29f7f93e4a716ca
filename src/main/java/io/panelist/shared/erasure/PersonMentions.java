package io.panelist.shared.erasure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a person in free text and replaces every mention of them, keeping the rest of the text as it was. A mention
 * is, without regard to letter case or accents ({@code Zoe}, {@code ZOË} and {@code zoë} all stand for {@code Zoë}):
 * <ul>
 * <li>the full name (its parts apart by any whitespace);</li>
 * <li>each part of the name of {@value #SHORTEST_PART} or more letters; a hyphenated part both whole and by each of
 *     its pieces of {@value #SHORTEST_PART} or more letters;</li>
 * <li>the email, and its local part when that has {@value #SHORTEST_PART} or more characters;</li>
 * <li>each phone number, written in any of the ways {@link PhoneNumber} lists.</li>
 * </ul>
 * Names match whole words only: {@code Ann} is not found in {@code Annual} or {@code planning}. Where mentions
 * overlap, the one that starts first wins, and of those the longest. The replacement itself is never taken for a
 * mention: erasing {@code Cleo Candidate} leaves {@code Erased candidate}, written by an earlier erasure, as it is.
 */
public final class PersonMentions {
    static final int SHORTEST_PART = 3;
    static final String SHORT_REPLACEMENT = "…";
    private static final String WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final String ADDRESS_BEFORE = "(?<![\\p{L}\\p{N}._%+\\-])";
    private static final String ADDRESS_AFTER = "(?![\\p{L}\\p{N}]|[._%+\\-][\\p{L}\\p{N}])";

    private final Person person;
    private final boolean everyForm;
    private final Pattern mentions;
    private final String postgresFilter;
    private final String replacement;
    private PersonMentions unambiguous;

    private PersonMentions(Person person, boolean everyForm, Pattern mentions, String postgresFilter,
                           String replacement) {
        this.person = person;
        this.everyForm = everyForm;
        this.mentions = mentions;
        this.postgresFilter = postgresFilter;
        this.replacement = replacement;
    }

    /** What to look for about the person, every form above; each mention becomes {@code replacement}. */
    public static PersonMentions of(Person person, String replacement) {
        return build(person, replacement, true);
    }

    /**
     * Only the forms that name this person and nobody else: the full name, the email, the phone numbers. For texts
     * that are about someone else (another person's audit events, an interviewer's time away), where a first name or
     * a local part alone more likely stands for that other person (candidate Ana Garcia, interviewer ana@example.com).
     */
    public PersonMentions unambiguous() {
        if (!everyForm) {
            return this;
        }
        if (unambiguous == null) {
            unambiguous = build(person, replacement, false);
        }
        return unambiguous;
    }

    private static PersonMentions build(Person person, String replacement, boolean everyForm) {
        List<Word> words = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        List<String> parts = List.of(person.fullName().strip().split("\\s+"));
        words.add(new Word(parts.stream().map(part -> Pattern.quote(FoldedText.foldAll(part)))
                .collect(Collectors.joining("[\\s\\u00a0]+")), person.fullName().length(), WORD_BEFORE, WORD_AFTER));
        if (everyForm) {
            for (String part : parts) {
                String folded = FoldedText.foldAll(trimmed(part));
                addName(folded, words, anchors);
                if (folded.contains("-")) {
                    for (String piece : folded.split("-")) {
                        addName(piece, words, anchors);
                    }
                }
            }
        }
        if (anchors.isEmpty()) {
            // a full name is found only where its longest part is
            anchors.add(parts.stream().map(FoldedText::foldAll).max(Comparator.comparingInt(String::length))
                    .orElseThrow());
        }
        if (person.email() != null && person.email().contains("@")) {
            String email = FoldedText.foldAll(person.email().strip());
            addAddress(email, words, anchors);
            String local = email.substring(0, email.lastIndexOf('@'));
            if (everyForm && local.length() >= SHORTEST_PART) {
                addAddress(local, words, anchors);
            }
        }
        Set<String> alternatives = words.stream().sorted(Comparator.comparingInt(Word::length).reversed())
                .map(Word::regex).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> filters = anchors.stream().map(PostgresPatterns::anyCaseOrAccent)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String phone : person.phones()) {
            PhoneNumber.parse(phone).ifPresent(number -> {
                alternatives.add(number.javaPattern());
                filters.add(number.postgresPattern());
            });
        }
        // a text erased before (of this person or another) holds the replacement: a part of it is no mention
        String kept = WORD_BEFORE + "(?<kept>" + Pattern.quote(FoldedText.foldAll(replacement)) + ")" + WORD_AFTER;
        return new PersonMentions(person, everyForm, Pattern.compile(kept + "|" + String.join("|", alternatives)),
                String.join("|", filters), replacement);
    }

    /** The text with every mention replaced; the very same text when it mentions the person nowhere. */
    public String replaceIn(String text) {
        return replaceIn(text, replacement);
    }

    private String replaceIn(String text, String replacement) {
        if (text.isEmpty()) {
            return text;
        }
        FoldedText folded = FoldedText.of(text);
        Matcher found = mentions.matcher(folded.folded);
        StringBuilder replaced = null;
        int copied = 0;
        while (found.find()) {
            if (found.group("kept") != null) {
                continue;
            }
            int from = found.start();
            int closing = folded.folded.indexOf(')', from);
            if (folded.folded.charAt(from) == '(' && (closing < 0 || closing >= found.end())) {
                from++; // "(0170 1234567)": the parenthesis opened before the number stays, as the closing one does
            }
            int start = folded.originalStart(from);
            if (replaced == null) {
                replaced = new StringBuilder(text.length());
            }
            replaced.append(text, copied, start).append(replacement);
            copied = folded.originalEnd(found.end());
        }
        return replaced == null ? text : replaced.append(text, copied, text.length()).toString();
    }

    /**
     * {@link #replaceIn(String)} for a column that holds at most {@code maxLength} characters: where the replacements
     * would make the text longer than that, each mention becomes {@value #SHORT_REPLACEMENT} instead, which is never
     * longer than the mention (a text that fitted still fits, and the erasure never fails for it).
     */
    public String replaceIn(String text, int maxLength) {
        String replaced = replaceIn(text, replacement);
        return replaced.length() <= maxLength ? replaced : replaceIn(text, SHORT_REPLACEMENT);
    }

    /** What every mention becomes. */
    public String replacement() {
        return replacement;
    }

    /** Whether the text (null for none) mentions the person. */
    public boolean mentionedIn(String text) {
        if (text == null) {
            return false;
        }
        Matcher found = mentions.matcher(FoldedText.foldAll(text));
        while (found.find()) {
            if (found.group("kept") == null) {
                return true;
            }
        }
        return false;
    }

    /** A JSON text with the mentions replaced inside its string values; member names and the rest stay as they were. */
    public String replaceInJson(String json) {
        return JsonStrings.replaceValues(json, this::replaceIn);
    }

    /**
     * A PostgreSQL regular expression (for {@code ~}, which it needs no locale for) that every text mentioning the
     * person matches, JSON texts included. It matches more than that: it picks the rows worth reading, and
     * {@link #replaceIn(String)} decides.
     */
    public String postgresFilter() {
        return postgresFilter;
    }

    private static void addName(String folded, List<Word> words, List<String> anchors) {
        if (folded.codePoints().filter(Character::isLetter).count() >= SHORTEST_PART) {
            words.add(new Word(Pattern.quote(folded), folded.length(), WORD_BEFORE, WORD_AFTER));
            anchors.add(folded);
        }
    }

    private static void addAddress(String folded, List<Word> words, List<String> anchors) {
        words.add(new Word(Pattern.quote(folded), folded.length(), ADDRESS_BEFORE, ADDRESS_AFTER));
        anchors.add(folded);
    }

    /** A part of a name without what may surround it in a name field ({@code "(Zoë)"}, {@code "Lee,"}). */
    private static String trimmed(String part) {
        int start = 0;
        int end = part.length();
        while (start < end && !Character.isLetterOrDigit(part.codePointAt(start))) {
            start += Character.charCount(part.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(part.codePointBefore(end))) {
            end -= Character.charCount(part.codePointBefore(end));
        }
        return part.substring(start, end);
    }

    private record Word(String body, int length, String before, String after) {
        String regex() {
            return before + body + after;
        }
    }
}
