package io.panelist.shared.erasure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of finding a person in free text: what is a mention of them, and what is not. */
class PersonMentionsTest {
    static final String ERASED = "Erased candidate";
    private final PersonMentions zoe = PersonMentions.of(Zoe.PERSON, ERASED);

    @Test
    void theFirstNameAloneIsAMentionAndTheRestOfTheTextStays() {
        assertThat(zoe.replaceIn("Zoë said hi")).isEqualTo("Erased candidate said hi");
        assertThat(zoe.replaceIn("Great call, ZOE! Zoe's answers were sharp."))
                .isEqualTo("Great call, Erased candidate! Erased candidate's answers were sharp.");
    }

    @Test
    void theFullNameIsOneMentionWhateverTheCaseAccentsAndSpacing() {
        assertThat(zoe.replaceIn("Met Zoë Ünïcode-Erasable today")).isEqualTo("Met Erased candidate today");
        assertThat(zoe.replaceIn("Met ZOE  UNICODE-ERASABLE today")).isEqualTo("Met Erased candidate today");
        assertThat(zoe.replaceIn("Met zoe\nunicode-erasable today")).isEqualTo("Met Erased candidate today");
    }

    @Test
    void everyWayOfWritingHerIsFoundInASentence() {
        for (String mention : Zoe.MENTIONS) {
            assertThat(zoe.replaceIn("Notes: " + mention + " said hi."))
                    .as(mention).isEqualTo("Notes: Erased candidate said hi.");
            assertThat(zoe.mentionedIn(mention)).as(mention).isTrue();
        }
    }

    @Test
    void aHyphenatedPartCountsWholeAndByItsPieces() {
        assertThat(zoe.replaceIn("Ünïcode-Erasable, Unicode and erasable"))
                .isEqualTo("Erased candidate, Erased candidate and Erased candidate");
    }

    @Test
    void aDecomposedAccentGoesWithItsLetter() {
        assertThat(zoe.replaceIn("Zoe\u0308\u0301 left")).isEqualTo("Erased candidate left");
    }

    @Test
    void textsAboutOthersAndWordsHoldingHerNameInsideThemStayAsTheyAre() {
        for (String other : Zoe.OTHERS) {
            assertThat(zoe.replaceIn(other)).as(other).isSameAs(other);
            assertThat(zoe.mentionedIn(other)).as(other).isFalse();
        }
    }

    @Test
    void aNamePartOfThreeLettersMatchesWholeWordsOnly() {
        PersonMentions ann = PersonMentions.of(new Person("Ann Lee", null, List.of()), ERASED);

        assertThat(ann.replaceIn("Annual planning: Annabel, Leeds, Ann and LEE; Ann's notes"))
                .isEqualTo("Annual planning: Annabel, Leeds, Erased candidate and Erased candidate; "
                        + "Erased candidate's notes");
    }

    @Test
    void partsShorterThanThreeLettersAreFoundOnlyInTheFullName() {
        PersonMentions liNa = PersonMentions.of(new Person("Li Na", null, List.of()), ERASED);

        assertThat(liNa.replaceIn("Li Na came; Li and Na stayed; li  na left"))
                .isEqualTo("Erased candidate came; Li and Na stayed; Erased candidate left");
    }

    @Test
    void theEmailAndItsLocalPartAreMentionsAtAnyDomainButLongerLocalPartsAreNot() {
        PersonMentions jo = PersonMentions.of(new Person("Jo", "j.o.1987@mail.example", List.of()), ERASED);

        assertThat(jo.replaceIn("Mail J.O.1987@Mail.Example, chat j.o.1987, old j.o.1987@gmail.com"))
                .isEqualTo("Mail Erased candidate, chat Erased candidate, old Erased candidate@gmail.com");
        assertThat(jo.replaceIn("Not j.o.19870, xj.o.1987 or j.o.1987.x")).isEqualTo("Not j.o.19870, xj.o.1987 or j.o.1987.x");
    }

    @Test
    void aNumberGivenWithItsCountryCodeIsNotFoundBehindAnotherOne() {
        assertThat(zoe.replaceIn("+49 170 1234567 is hers, +33 170 1234567 is not"))
                .isEqualTo("Erased candidate is hers, +33 170 1234567 is not");
    }

    @Test
    void aNumberGivenWithoutCountryCodeIsFoundBehindAnyCountryCode() {
        assertThat(zoe.replaceIn("+49 30 98765432 and +41 30 98765432"))
                .isEqualTo("Erased candidate and Erased candidate");
    }

    @Test
    void aNumberIsNotFoundInsideALongerNumber() {
        assertThat(zoe.replaceIn("0170 12345678, 10170 1234567, 301701234567"))
                .isEqualTo("0170 12345678, 10170 1234567, 301701234567");
    }

    @Test
    void parenthesesAroundANumberStayBalanced() {
        assertThat(zoe.replaceIn("Call her (0170 1234567) or (030) 98765432."))
                .isEqualTo("Call her (Erased candidate) or Erased candidate.");
    }

    @Test
    void numbersTooShortToTellApartAreNotLookedFor() {
        PersonMentions shortNumber = PersonMentions.of(new Person("Ola Nordmann", null, List.of("112", "0 12 34")),
                ERASED);

        assertThat(shortNumber.replaceIn("Call 112 or 01234")).isEqualTo("Call 112 or 01234");
    }

    @Test
    void theUnambiguousFormsAreTheFullNameTheEmailAndThePhoneNumbers() {
        PersonMentions ana = PersonMentions.of(new Person("Ana Garcia", "ana@mail.example", List.of("0170 1234567")),
                ERASED).unambiguous();

        assertThat(ana.replaceIn("Ana Garcia (ana@mail.example, +49 170 1234567) met Ana, ana@example.com and Garcia"))
                .isEqualTo("Erased candidate (Erased candidate, Erased candidate) met Ana, ana@example.com and Garcia");
    }

    @Test
    void theReplacementLeftByAnEarlierErasureIsNoMention() {
        PersonMentions cleo = PersonMentions.of(new Person("Cleo Candidate", null, List.of()), ERASED);

        assertThat(cleo.replaceIn("Erased candidate met Cleo Candidate and candidate Cleo"))
                .isEqualTo("Erased candidate met Erased candidate and Erased candidate Erased candidate");
        assertThat(cleo.mentionedIn("Erased candidate")).isFalse();
    }

    @Test
    void aTextThatWouldOutgrowItsColumnGetsTheShortReplacement() {
        String note = "Zoë " + "x".repeat(20);

        assertThat(zoe.replaceIn(note, 40)).isEqualTo("Erased candidate " + "x".repeat(20));
        assertThat(zoe.replaceIn(note, note.length())).isEqualTo("… " + "x".repeat(20));
    }

    @Test
    void inJsonOnlyStringValuesChangeAndTheRestStaysCharacterForCharacter() {
        String json = "{\"Zoë\": \"Zoë said \\\"hi\\\"\\n\", \"score\": 2.50, \"list\": [\"ZOE\", \"Zoey\", 1e3],"
                + " \"nested\": {\"note\": \"call +49 170 1234567\"}}";

        assertThat(zoe.replaceInJson(json)).isEqualTo("{\"Zoë\": \"Erased candidate said \\\"hi\\\"\\n\", "
                + "\"score\": 2.50, \"list\": [\"Erased candidate\", \"Zoey\", 1e3],"
                + " \"nested\": {\"note\": \"call Erased candidate\"}}");
    }

    @Test
    void aJsonStringThatNeedsNoChangeKeepsItsEscapes() {
        String json = "[\"Zo\\u00eb\", \"caf\\u00e9\"]";

        assertThat(zoe.replaceInJson(json)).isEqualTo("[\"Erased candidate\", \"caf\\u00e9\"]");
    }
}
