package io.panelist.scheduling;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** A real SMTP server (GreenMail) for the interview mail tests, and readers of what arrives (MIME and iCalendar). */
final class MailInbox {
    private final int port = freePort();
    private GreenMail server;

    MailInbox start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("panelist@localhost", "panelist", "inbox-pass");
        server.start();
        return this;
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    Map<String, String> properties() {
        return Map.of("panelist.smtp.url", "smtp://panelist:inbox-pass@127.0.0.1:" + port,
                "panelist.mail.from", "Panelist <panelist@example.com>");
    }

    /** The one message that arrived for this address. */
    MimeMessage to(String address) throws Exception {
        MimeMessage[] found = Arrays.stream(server.getReceivedMessages())
                .filter(m -> address(m).equalsIgnoreCase(address)).toArray(MimeMessage[]::new);
        if (found.length != 1) {
            throw new AssertionError(found.length + " messages to " + address + " among "
                    + server.getReceivedMessages().length);
        }
        return found[0];
    }

    int count() {
        return server.getReceivedMessages().length;
    }

    void purge() throws Exception {
        server.purgeEmailFromAllMailboxes();
    }

    static String address(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage message) throws Exception {
        return content(alternative(message).getBodyPart(0));
    }

    static String html(MimeMessage message) throws Exception {
        return content(alternative(message).getBodyPart(1));
    }

    /** The text/calendar alternative's Content-Type, which names the iTIP method. */
    static String calendarType(MimeMessage message) throws Exception {
        return alternative(message).getBodyPart(2).getContentType();
    }

    static Calendar calendar(MimeMessage message) throws Exception {
        return new CalendarBuilder().build(new StringReader(content(alternative(message).getBodyPart(2))));
    }

    static VEvent event(MimeMessage message) throws Exception {
        return calendar(message).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Multipart alternative(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        return (Multipart) mixed.getBodyPart(0).getContent();
    }

    private static String content(BodyPart part) throws Exception {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
