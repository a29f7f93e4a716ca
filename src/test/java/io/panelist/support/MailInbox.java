package io.panelist.support;

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

/**
 * A real SMTP server (GreenMail) on a free loopback port, one per test class (stopped and started again to refuse
 * mail), and readers of what arrives as a mail client reads it: MIME with Jakarta Mail, iCalendar with ical4j.
 */
public final class MailInbox {
    public static final String USER = "panelist";
    public static final String PASSWORD = "s3cret-smtp-pass";
    private final int port = freePort();
    private GreenMail server;

    public MailInbox start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("panelist@localhost", USER, PASSWORD);
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public Map<String, String> properties() {
        return Map.of("panelist.smtp.url", "smtp://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port,
                "panelist.mail.from", "Panelist <panelist@example.com>");
    }

    /** The one message that arrived for this address. */
    public MimeMessage to(String address) throws Exception {
        MimeMessage[] found = Arrays.stream(server.getReceivedMessages())
                .filter(m -> address(m).equalsIgnoreCase(address)).toArray(MimeMessage[]::new);
        if (found.length != 1) {
            throw new AssertionError(found.length + " messages to " + address + " among "
                    + server.getReceivedMessages().length);
        }
        return found[0];
    }

    public MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    public int count() {
        return server.getReceivedMessages().length;
    }

    public void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String address(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) throws Exception {
        return content(alternative(message).getBodyPart(0));
    }

    public static String html(MimeMessage message) throws Exception {
        return content(alternative(message).getBodyPart(1));
    }

    /** The text/calendar alternative's Content-Type, which names the iTIP method. */
    public static String calendarType(MimeMessage message) throws Exception {
        return alternative(message).getBodyPart(2).getContentType();
    }

    public static Calendar calendar(MimeMessage message) throws Exception {
        return new CalendarBuilder().build(new StringReader(content(alternative(message).getBodyPart(2))));
    }

    public static VEvent event(MimeMessage message) throws Exception {
        return calendar(message).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    public static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The text, HTML (and calendar) alternatives: the whole message, or its first part when an invite is attached. */
    private static Multipart alternative(MimeMessage message) throws Exception {
        Multipart top = (Multipart) message.getContent();
        return top.getContentType().startsWith("multipart/alternative") ? top
                : (Multipart) top.getBodyPart(0).getContent();
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
