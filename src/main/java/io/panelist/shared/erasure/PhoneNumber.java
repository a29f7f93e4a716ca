package io.panelist.shared.erasure;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;
import java.util.Set;

/**
 * A phone number as a person gave it, reduced to its country code (when it was given with one: {@code +49} or
 * {@code 0049}) and its national number (the digits after the country code, or after the trunk prefix {@code 0}).
 * It is found in a text written in any of the ways people write it: with or without separators between the digits
 * (spaces, dots, dashes, slashes, parentheses), as {@code +CC}, {@code 00CC} or {@code CC} before the national number
 * (optionally with the trunk {@code 0} or {@code (0)} kept after it), with the trunk prefix {@code 0} alone, or as the
 * bare national number. A number given without a country code is found behind any country code. Numbers of fewer than
 * {@value #FEWEST_DIGITS} digits are too short to tell from other numbers and are not looked for.
 */
final class PhoneNumber {
    static final int FEWEST_DIGITS = 6;
    /** The two-digit country calling codes; of the rest, 1 and 7 have one digit and all others three (ITU-T E.164). */
    private static final Set<String> TWO_DIGIT_CODES = Set.of("20", "27", "30", "31", "32", "33", "34", "36", "39", "40",
            "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61",
            "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");
    /** What may stand between two digits of a written number, at most three of them. */
    private static final String SEPARATORS = "[ \\u00a0./()\\-\\u2010-\\u2013]";
    private static final String GAP = SEPARATORS + "{0,3}";

    @Nullable
    private final String countryCode;
    private final String national;

    private PhoneNumber(@Nullable String countryCode, String national) {
        this.countryCode = countryCode;
        this.national = national;
    }

    static Optional<PhoneNumber> parse(String written) {
        String trimmed = written.strip();
        String digits = trimmed.replaceAll("[^0-9]", "");
        boolean international = trimmed.startsWith("+") || digits.startsWith("00");
        String countryCode = null;
        String national = digits;
        if (international) {
            String afterPrefix = trimmed.startsWith("+") ? digits : digits.substring(2);
            int length = countryCodeLength(afterPrefix);
            if (afterPrefix.length() <= length) {
                return Optional.empty();
            }
            countryCode = afterPrefix.substring(0, length);
            national = afterPrefix.substring(length);
        }
        if (national.startsWith("0")) {
            national = national.substring(1);
        }
        return national.length() < FEWEST_DIGITS ? Optional.empty() : Optional.of(new PhoneNumber(countryCode, national));
    }

    /** A Java regular expression for the number written in any of the ways above, on a folded text. */
    String javaPattern() {
        String start = "(?<![\\p{L}\\p{N}+])\\(?";
        String nationalNumber = spaced(national);
        String country = countryCode == null ? "\\d{1,3}" : spaced(countryCode);
        String withCountry = "(?:\\+|00)" + GAP + country + GAP + "(?:0" + GAP + ")?" + nationalNumber;
        String forms = withCountry + "|0" + GAP + nationalNumber
                + (countryCode == null ? "" : "|" + spaced(countryCode) + GAP + nationalNumber);
        // the bare national number must not be the tail of a longer number (another country code, a trunk prefix)
        String bare = "(?<![\\p{N}+]" + SEPARATORS + "{1,3})" + nationalNumber;
        return start + "(?:" + forms + "|" + bare + ")(?!\\p{N})";
    }

    /** A PostgreSQL regular expression that every written form of the number matches: its national digits. */
    String postgresPattern() {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < national.length(); i++) {
            pattern.append(i == 0 ? "" : "[^0-9]{0,3}").append(national.charAt(i));
        }
        return pattern.toString();
    }

    private static String spaced(String digits) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            pattern.append(i == 0 ? "" : GAP).append(digits.charAt(i));
        }
        return pattern.toString();
    }

    private static int countryCodeLength(String digits) {
        if (digits.startsWith("1") || digits.startsWith("7")) {
            return 1;
        }
        return digits.length() >= 2 && TWO_DIGIT_CODES.contains(digits.substring(0, 2)) ? 2 : 3;
    }
}
