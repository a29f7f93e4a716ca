package io.panelist.shared.erasure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link PersonMentions} over random texts: those that do not mention the person come back unchanged,
 * character for character, and a mention put between two of them (apart by semicolons, so that a number is not
 * taken for the tail of a longer one) is all that changes. The random texts mix near
 * misses (words that hold a part of the name, other people's numbers and addresses) with random words and numbers;
 * a text is taken as mentioning nobody when a deliberately simple check, written apart from the code under test,
 * finds none of her words and none of her numbers' digits in it.
 */
class PersonMentionsPropertiesTest {
    /** Every mention of her holds one of these as a word, or one of her numbers' national digits. */
    private static final Set<String> HER_WORDS = Set.of("zoe", "unicode", "erasable");
    private static final List<String> HER_DIGITS = List.of("1701234567", "3098765432");
    private static final List<String> NEAR_MISSES = List.of("Zoey", "Zoëlle", "Zoetrope", "Unicoded", "erasables",
            "unerasable", "Annabel", "Annual", "planning", "zoey.smith@example.net", "+49 170 7654321",
            "0170 765 43 21", "(030) 1234567", "+33 30 9876543", "Ünï", "Erasmus", "uni-code", "zo-e");
    private static final List<String> SEPARATORS = List.of(" ", "  ", ", ", ". ", "\n", "\t", " (", ") ", "-", "/",
            "'", "\u00a0", " — ", ": ");
    private final PersonMentions zoe = PersonMentions.of(Zoe.PERSON, "Erased candidate");

    @Property(tries = 2000)
    void aTextThatDoesNotMentionHerComesBackUnchanged(@ForAll("textsWithoutHer") String text) {
        assertThat(zoe.replaceIn(text)).isSameAs(text);
        assertThat(zoe.mentionedIn(text)).isFalse();
    }

    @Property(tries = 2000)
    void aMentionBetweenTwoSuchTextsIsAllThatChanges(@ForAll("textsWithoutHer") String before,
                                                    @ForAll("mentions") String mention,
                                                    @ForAll("textsWithoutHer") String after) {
        String text = before + " ; " + mention + " ; " + after;

        assertThat(zoe.replaceIn(text)).isEqualTo(before + " ; Erased candidate ; " + after);
    }

    @Provide
    Arbitrary<String> mentions() {
        return Arbitraries.of(Zoe.MENTIONS);
    }

    @Provide
    Arbitrary<String> textsWithoutHer() {
        Arbitrary<String> randomWord = Arbitraries.strings().withChars("abcdeoüïëzZEUnicodsrl0123456789.@+ßøŁ")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(NEAR_MISSES)), Tuple.of(4, randomWord), Tuple.of(1, anyText));
        return Combinators.combine(word.list().ofMaxSize(8), Arbitraries.of(SEPARATORS).list().ofSize(8))
                .as((words, separators) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(separators.get(i));
                    }
                    return text.toString().strip();
                })
                .filter(PersonMentionsPropertiesTest::mentionsNobody);
    }

    /** The simple check: no word of hers among the text's words, none of her numbers among its digits. */
    private static boolean mentionsNobody(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('ø', 'o').replace('ł', 'l');
        String digits = folded.replaceAll("[^0-9]", "");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).noneMatch(HER_WORDS::contains)
                && HER_DIGITS.stream().noneMatch(digits::contains);
    }
}
