package io.panelist.scheduling.invites;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the iCalendar rendering for any text a user can type (any code points, with line breaks,
 * punctuation that RFC 5545 escapes, controls and astral characters): the escaped TEXT value unescapes back to the
 * text (line breaks as newlines, other controls dropped, as documented), it never holds a bare newline or an
 * unescaped comma or semicolon, and every physical line is at most 75 octets and valid UTF-8 on its own.
 */
class ICalendarPropertiesTest {
    private static final UUID INTERVIEW = UUID.fromString("5f0c6a8e-2b1d-4c3e-9f7a-1d2e3f4a5b6c");

    @Property(tries = 500)
    void textValuesUnescapeBackToTheText(@ForAll("texts") String summary, @ForAll("texts") String description,
                                         @ForAll("texts") String location) {
        String ics = ICalendar.render(invite(summary, description, location, "Rita Recruiter"));

        assertThat(unescape(value(ics, "SUMMARY:"))).isEqualTo(expected(summary));
        assertThat(unescape(value(ics, "DESCRIPTION:"))).isEqualTo(expected(description));
        if (location.isEmpty()) {
            assertThat(ics).doesNotContain("\r\nLOCATION:");
        } else {
            assertThat(unescape(value(ics, "LOCATION:"))).isEqualTo(expected(location));
        }
    }

    @Property(tries = 500)
    void anEscapedValueHasNoBareNewlineCommaOrSemicolon(@ForAll("texts") String text) {
        String escaped = value(ICalendar.render(invite(text, text, text, "Rita")), "DESCRIPTION:");

        assertThat(escaped).doesNotContain("\n", "\r");
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\') {
                assertThat(escaped.length()).as("a backslash ends the value: " + escaped).isGreaterThan(i + 1);
                assertThat("\\;,nN").as("escape at " + i + " of " + escaped).contains(String.valueOf(escaped.charAt(i + 1)));
                i++;
            } else {
                assertThat(c).as("bare character at " + i + " of " + escaped).isNotIn(',', ';');
            }
        }
    }

    @Property(tries = 500)
    void everyPhysicalLineIsAtMost75OctetsAndEndsInCrlf(@ForAll("texts") String text, @ForAll("texts") String name) {
        String ics = ICalendar.render(invite(text, text + text, text, name));

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
        for (String line : ics.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            assertThat(new String(octets, StandardCharsets.UTF_8)).as("a line splits a character").isEqualTo(line);
            assertThat(line.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)).as(line).isTrue();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> awkward = Arbitraries.strings().withChars("\\;,:\"\r\n\t \u0000\u007fé€")
                .withCharRange('a', 'c').ofMaxLength(120);
        Arbitrary<String> astral = Arbitraries.of("😀", "𝄞", "👩‍👩‍👧", "ä", "\\", ";", ",", "\r\n", "\n", "\r", "x",
                "\\n", "€").list().ofMaxSize(80).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(anyChars, awkward, astral)
                .filter(s -> s.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c < 0x10000));
    }

    private static InterviewInvite invite(String summary, String description, String location, String name) {
        return new InterviewInvite(INTERVIEW, 0, Instant.parse("2026-11-24T15:00:00Z"),
                Instant.parse("2026-11-24T16:00:00Z"), Instant.parse("2026-11-20T09:00:00Z"), summary, description,
                location, new InterviewInvite.Organizer(name, "rita@example.com"),
                List.of(new InterviewInvite.Attendee(name, "ian@example.com")), false);
    }

    /** The value of the first property line with this name, unfolded. */
    private static String value(String ics, String property) {
        String unfolded = ics.replace("\r\n ", "");
        for (String line : unfolded.split("\r\n")) {
            if (line.startsWith(property)) {
                return line.substring(property.length());
            }
        }
        throw new AssertionError("no " + property + " in\n" + ics);
    }

    /** RFC 5545 3.3.11 unescaping. */
    private static String unescape(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** What the text should read as in a calendar: line breaks as newlines, other controls (but tab) dropped. */
    private static String expected(String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").replace('\r', '\n').chars().forEach(c -> {
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
