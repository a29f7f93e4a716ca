package io.panelist.scheduling.invites;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Organizer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** ICalendar's output read back by a real parser (ical4j), plus the raw-byte rules of RFC 5545 3.1. */
class ICalendarTest {
    private static final UUID INTERVIEW = UUID.fromString("5f0c6a8e-2b1d-4c3e-9f7a-1d2e3f4a5b6c");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC);
    private static final String AWKWARD = "Zoë; Grüße, naïve \\ path C:\\new\\, C:\\tmp\nsecond line 🎉👩‍💻, done;";

    @Test
    void aSmallInviteRendersExactlyAsWrittenOut() {
        InterviewInvite invite = new Invite().summary("Interview: Jane Doe, Technical deep dive")
                .description("Candidate: Jane Doe\nStage: Technical; notes in C:\\panel").location("Room 4").build();

        assertThat(ICalendar.render(invite)).isEqualTo(String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Panelist//Interviews//EN", "CALSCALE:GREGORIAN",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:5f0c6a8e-2b1d-4c3e-9f7a-1d2e3f4a5b6c@panelist", "SEQUENCE:0",
                "DTSTAMP:20261121T093000Z", "DTSTART:20261124T150000Z", "DTEND:20261124T160000Z",
                "SUMMARY:Interview: Jane Doe\\, Technical deep dive",
                "DESCRIPTION:Candidate: Jane Doe\\nStage: Technical\\; notes in C:\\\\panel", "LOCATION:Room 4",
                "ORGANIZER;CN=Rita Recruiter:mailto:rita@example.com",
                "ATTENDEE;CN=Ian Interviewer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP",
                " =TRUE:mailto:ian@example.com",
                "ATTENDEE;CN=Hana Manager;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR",
                " UE:mailto:hana@example.com",
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""));
    }

    @Test
    void theOutputHoldsExactlyOneEventAndPassesTheParsersValidation() throws Exception {
        Calendar calendar = parse(ICalendar.render(new Invite().build()));

        assertThat(calendar.getComponents()).hasSize(1);
        assertThat(calendar.getComponents(VEvent.VEVENT)).hasSize(1);
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    @Test
    void theUidStaysTheSameAcrossRevisionsWhileTheSequenceCarriesTheRevision() throws Exception {
        VEvent first = event(ICalendar.render(new Invite().sequence(0).build()));
        VEvent third = event(ICalendar.render(new Invite().sequence(2).build()));

        assertThat(value(first, Property.UID)).isEqualTo(INTERVIEW + "@panelist").isEqualTo(value(third, Property.UID));
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(third, Property.SEQUENCE)).isEqualTo("2");
    }

    @Test
    void startEndAndStampAreTheGivenInstantsInUtc() throws Exception {
        String ics = ICalendar.render(new Invite().build());
        VEvent event = event(ics);

        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
        assertThat(instant(event, Property.DTSTAMP)).isEqualTo(CLOCK.instant());
        assertThat(ics).contains("\r\nDTSTART:20261124T150000Z\r\n", "\r\nDTEND:20261124T160000Z\r\n");
    }

    @Test
    void summaryDescriptionAndLocationSurviveTheParserWithPunctuationLineBreaksEmojiAndAccents() throws Exception {
        String location = "https://meet.example.com/abc?x=1,2;y=\\z — salle Été";
        VEvent event = event(ICalendar.render(new Invite().summary("Interview: " + AWKWARD)
                .description("Candidate: Zoë\n" + AWKWARD + "\nScorecard: https://panelist.example/s/1").location(location)
                .build()));

        assertThat(value(event, Property.SUMMARY)).isEqualTo("Interview: " + AWKWARD);
        assertThat(value(event, Property.DESCRIPTION))
                .isEqualTo("Candidate: Zoë\n" + AWKWARD + "\nScorecard: https://panelist.example/s/1");
        assertThat(value(event, Property.LOCATION)).isEqualTo(location);
    }

    @Test
    void windowsAndOldMacLineBreaksBecomePlainNewlines() throws Exception {
        VEvent event = event(ICalendar.render(new Invite().description("one\r\ntwo\rthree\n").build()));

        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void anEmptyLocationLeavesTheLocationPropertyOut() throws Exception {
        String ics = ICalendar.render(new Invite().location("").build());

        assertThat(event(ics).getProperty(Property.LOCATION)).isEmpty();
        assertThat(ics).doesNotContain("LOCATION");
    }

    @Test
    void theOrganizerAndEachPanelistAppearWithTheirNameAndMailto() throws Exception {
        VEvent event = event(ICalendar.render(new Invite().build()));

        Organizer organizer = event.getRequiredProperty(Property.ORGANIZER);
        assertThat(organizer.getCalAddress()).isEqualTo(URI.create("mailto:rita@example.com"));
        assertThat(parameter(organizer, "CN")).isEqualTo("Rita Recruiter");
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Attendee::getCalAddress)
                .containsExactly(URI.create("mailto:ian@example.com"), URI.create("mailto:hana@example.com"));
        assertThat(attendees).extracting(attendee -> parameter(attendee, "CN"))
                .containsExactly("Ian Interviewer", "Hana Manager");
        for (Attendee attendee : attendees) {
            assertThat(parameter(attendee, "ROLE")).isEqualTo("REQ-PARTICIPANT");
            assertThat(parameter(attendee, "PARTSTAT")).isEqualTo("NEEDS-ACTION");
            assertThat(parameter(attendee, "RSVP")).isEqualTo("TRUE");
        }
    }

    @Test
    void namesWithPunctuationAreQuotedAndLoseTheirDoubleQuotes() throws Exception {
        String ics = ICalendar.render(new Invite().organizer("Doe, Jane: \"JD\"; Lead", "jane@example.com")
                .attendees(new InterviewInvite.Attendee("Zoë \"Z\" Ørsted", "zoe@example.com")).build());
        VEvent event = event(ics);

        assertThat(unfolded(ics)).contains("ORGANIZER;CN=\"Doe, Jane: JD; Lead\":mailto:jane@example.com",
                "ATTENDEE;CN=Zoë Z Ørsted;ROLE=");
        assertThat(parameter(event.getRequiredProperty(Property.ORGANIZER), "CN")).isEqualTo("Doe, Jane: JD; Lead");
        assertThat(((Organizer) event.getRequiredProperty(Property.ORGANIZER)).getCalAddress())
                .isEqualTo(URI.create("mailto:jane@example.com"));
        assertThat(parameter(event.getRequiredProperty(Property.ATTENDEE), "CN")).isEqualTo("Zoë Z Ørsted");
    }

    @Test
    void aLiveInviteIsAConfirmedRequest() throws Exception {
        Calendar calendar = parse(ICalendar.render(new Invite().build()));

        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(event(calendar), Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancelledInviteCancelsTheSameEventWithAHigherSequence() throws Exception {
        Calendar calendar = parse(ICalendar.render(new Invite().sequence(3).cancelled().build()));
        VEvent event = event(calendar);

        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo(INTERVIEW + "@panelist");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    @Test
    void everyLineEndsInCrlfAndNoneIsLongerThan75Octets() {
        String longText = "Candidate: Jane Doe, Position: Staff Engineer; " + "a long line of plain text ".repeat(20);
        byte[] bytes = ICalendar.render(new Invite().summary(longText).description(longText + "\n" + longText)
                .location(longText).build()).getBytes(StandardCharsets.UTF_8);

        for (byte[] line : physicalLines(bytes)) {
            assertThat(line.length).as(new String(line, StandardCharsets.UTF_8)).isLessThanOrEqualTo(75);
        }
        assertThat(physicalLines(bytes)).filteredOn(line -> line.length == 75).isNotEmpty();
    }

    @Test
    void longUnicodeTextFoldsBetweenCharactersAtEveryOffset() throws Exception {
        for (int padding = 0; padding < 4; padding++) {
            String summary = "x".repeat(padding) + "Zoë Ørsted 🎉 日本語の面接 ✓ ".repeat(12) + "👩‍💻🎉😀";
            String ics = ICalendar.render(new Invite().summary(summary).build());
            byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

            for (byte[] line : physicalLines(bytes)) {
                assertThat(line.length).isLessThanOrEqualTo(75);
                strictUtf8(line);
            }
            assertThat(value(event(ics), Property.SUMMARY)).isEqualTo(summary);
        }
    }

    @Test
    void continuationLinesStartWithExactlyOneSpaceAndUnfoldToTheOriginalLine() {
        String summary = "é".repeat(100);
        String ics = ICalendar.render(new Invite().summary(summary).build());

        assertThat(ics).contains("\r\n é");
        assertThat(ics).doesNotContain("\r\n  ");
        assertThat(unfolded(ics)).contains("\r\nSUMMARY:" + summary + "\r\n");
    }

    /** Splits raw bytes at CRLF, failing on a bare CR or LF or on output that does not end in CRLF. */
    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                assertThat(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')
                        .as("bare CR or LF at byte %d", i).isTrue();
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = ++i + 1;
            }
        }
        assertThat(start).as("output ends in CRLF").isEqualTo(bytes.length);
        return lines;
    }

    private static void strictUtf8(byte[] line) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    }

    private static VEvent event(String ics) throws IOException, ParserException {
        return event(parse(ics));
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(PropertyListAccessor container, String name) {
        return container.getRequiredProperty(name).getValue();
    }

    private static Instant instant(VEvent event, String name) {
        DateProperty<?> property = event.getRequiredProperty(name);
        assertThat(property.isUtc()).isTrue();
        return Instant.from(property.getDate());
    }

    private static String parameter(Property property, String name) {
        return property.getRequiredParameter(name).getValue();
    }

    /** An invite with sensible defaults; each test changes only what it is about. */
    private static final class Invite {
        private int sequence;
        private String summary = "Interview: Jane Doe, Technical deep dive";
        private String description = "Candidate: Jane Doe";
        private String location = "Room 4";
        private InterviewInvite.Organizer organizer = new InterviewInvite.Organizer("Rita Recruiter", "rita@example.com");
        private List<InterviewInvite.Attendee> attendees = List.of(
                new InterviewInvite.Attendee("Ian Interviewer", "ian@example.com"),
                new InterviewInvite.Attendee("Hana Manager", "hana@example.com"));
        private boolean cancelled;

        Invite sequence(int value) { sequence = value; return this; }
        Invite summary(String value) { summary = value; return this; }
        Invite description(String value) { description = value; return this; }
        Invite location(String value) { location = value; return this; }
        Invite organizer(String name, String email) { organizer = new InterviewInvite.Organizer(name, email); return this; }
        Invite attendees(InterviewInvite.Attendee... values) { attendees = List.of(values); return this; }
        Invite cancelled() { cancelled = true; return this; }

        InterviewInvite build() {
            return new InterviewInvite(INTERVIEW, sequence, Instant.parse("2026-11-24T15:00:00Z"),
                    Instant.parse("2026-11-24T16:00:00Z"), CLOCK.instant(), summary, description, location,
                    organizer, attendees, cancelled);
        }
    }
}
