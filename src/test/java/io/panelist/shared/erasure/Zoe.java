package io.panelist.shared.erasure;

import java.util.List;

/**
 * The person of the erasure tests, with a hyphenated family name, accents, an old and a current phone, and every way
 * DESIGN.md says a text may mention her; and texts about other people, which must survive her erasure as they are.
 */
public final class Zoe {
    public static final String NAME = "Zoë Ünïcode-Erasable";
    public static final String EMAIL = "zoe.unicode@example.org";
    /** The number she had first, and the one she has now. */
    public static final String OLD_PHONE = "+49 170 1234567";
    public static final String PHONE = "(030) 98765432";
    public static final Person PERSON = new Person(NAME, EMAIL, List.of(OLD_PHONE, PHONE));

    /** Each a way of writing her, as a text may hold it. */
    public static final List<String> MENTIONS = List.of(
            NAME, "Zoë", "Zoe", "ZOË", "zoë", "ZOE UNICODE-ERASABLE", "Zoe Unicode-Erasable", "Ünïcode-Erasable",
            "Unicode-Erasable", "Ünïcode", "UNICODE", "unicode", "Erasable", "ERASABLE", "erasable", "Zoe\u0308",
            "U\u0308ni\u0308code-Erasable", "zoe.unicode@example.org", "Zoe.Unicode@Example.ORG", "zoe.unicode",
            "ZOE.UNICODE", "+49 170 1234567", "+491701234567", "0049 170 1234567", "0049-170-123 45 67",
            "+49 (0)170 1234567", "+49 (0) 170 / 123 45 67", "0170 1234567", "01701234567", "0170-1234567",
            "0170/123 45 67", "(0170) 123.45.67", "170 1234567", "49 170 1234567", "(030) 98765432", "030 98765432",
            "030/98 76 54 32", "030-987-654-32", "+49 30 98765432", "+4930 98765432", "0049 (0)30 98765432",
            "30 98765432", "3098765432");

    /** Texts about others, and words that hold a part of her name inside them: none mentions her. */
    public static final List<String> OTHERS = List.of(
            "Zoey's colleague Annabel thinks Zoëlle should lead the Unicoded rollout.",
            "Erasables, unerasable ink and the erasableness of chalk came up; Zoetrope too.",
            "Annual planning with Yan Example (yan@example.org, +49 30 1111111) and Zoran Erasmus.",
            "Called 0170 7654321 and +33 30 9876543; ticket 301701234567 is closed.",
            "Reach Ann at 030 987654321 or zoey.smith@example.net after 17:00 (desk 4711).",
            "Codes: 0170 12345678, 0301701234567 and 1987-65-43; unicodes, erasability.",
            "Café au lait, naïve façade, 🙂 emoji, \u00a0non-breaking, tabs\tand\nnew lines.");

    private Zoe() {
    }
}
