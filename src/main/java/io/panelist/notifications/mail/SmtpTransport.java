package io.panelist.notifications.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.panelist.notifications.MailPayload;
import io.panelist.notifications.MailPayloads;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxMessage;
import io.panelist.notifications.OutboxTransport;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/**
 * Mail over SMTP, only when PANELIST_SMTP_URL is set (without it mail is HELD). Built at startup, so that a
 * malformed URL or sender stops the start with what is wrong. One connection per mail; 10 s timeouts.
 */
@Context
@Requires(property = "panelist.smtp.url", pattern = ".*\\S.*")
class SmtpTransport implements OutboxTransport {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpTransport.class);
    private static final String TIMEOUT_MS = "10000";
    private final SmtpUrl url;
    private final InternetAddress from;
    private final Session session;
    private final MailPayloads payloads;

    SmtpTransport(@Value("${panelist.smtp.url}") String url, @Value("${panelist.mail.from:}") String from,
                  MailPayloads payloads) {
        this.url = SmtpUrl.parse(url);
        this.from = sender(from);
        this.session = Session.getInstance(properties(this.url));
        this.payloads = payloads;
        LOG.info("Mail goes out through {} as {}", this.url, this.from);
    }

    @Override
    public Set<OutboxKind> kinds() {
        return EnumSet.complementOf(EnumSet.of(OutboxKind.WEBHOOK));
    }

    @Override
    public void send(OutboxMessage message) throws MessagingException {
        MailPayload mail = payloads.read(message.payload());
        MimeMessage mime = MimeMails.build(session, from, message.id(), mail);
        try (Transport transport = session.getTransport(url.ssl() ? "smtps" : "smtp")) {
            if (url.username().isEmpty()) {
                transport.connect();
            } else {
                transport.connect(url.host(), url.port(), url.username(), url.password());
            }
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            // the server's words may echo what we sent at login: never keep the password
            String said = String.valueOf(e.getMessage());
            throw new MessagingException(url.password().isEmpty() ? said : said.replace(url.password(), "***"));
        }
    }

    private static InternetAddress sender(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("PANELIST_MAIL_FROM must be set when PANELIST_SMTP_URL is, for "
                    + "example 'Panelist <panelist@example.com>'");
        }
        try {
            return new InternetAddress(from.trim(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("PANELIST_MAIL_FROM is not a mail address: " + e.getMessage());
        }
    }

    private static Properties properties(SmtpUrl url) {
        String p = url.ssl() ? "mail.smtps." : "mail.smtp.";
        Properties properties = new Properties();
        properties.put(p + "host", url.host());
        properties.put(p + "port", String.valueOf(url.port()));
        properties.put(p + "auth", String.valueOf(!url.username().isEmpty()));
        properties.put(p + "connectiontimeout", TIMEOUT_MS);
        properties.put(p + "timeout", TIMEOUT_MS);
        properties.put(p + "writetimeout", TIMEOUT_MS);
        if (url.starttls()) {
            properties.put(p + "starttls.enable", "true");
            properties.put(p + "starttls.required", "true");
        }
        return properties;
    }
}
