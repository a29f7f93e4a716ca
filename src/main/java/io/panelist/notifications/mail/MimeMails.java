package io.panelist.notifications.mail;

import io.panelist.notifications.CalendarPart;
import io.panelist.notifications.MailPayload;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * A stored mail as MIME: multipart/alternative of text and HTML; with a calendar part, the iMIP form of RFC 6047 (a
 * {@code text/calendar; method=...} alternative, and the same object attached as invite.ics inside multipart/mixed).
 * The Message-ID is the outbox id, so a retried mail is recognisably the same message.
 */
final class MimeMails {
    private MimeMails() {
    }

    static MimeMessage build(Session session, InternetAddress from, UUID id, MailPayload mail)
            throws MessagingException {
        String messageId = "<" + id + "@outbox.panelist>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        MimeMultipart alternative = alternative(mail);
        if (mail.calendar() == null) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment(mail.calendar()));
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeMultipart alternative(MailPayload mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (mail.calendar() != null) {
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    mail.calendar().ics().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; method=" + mail.calendar().method() + "; charset=UTF-8")));
            calendar.setHeader("Content-Type", "text/calendar; method=" + mail.calendar().method() + "; charset=UTF-8");
            calendar.setHeader("Content-Transfer-Encoding", "8bit");
            alternative.addBodyPart(calendar);
        }
        return alternative;
    }

    private static MimeBodyPart attachment(CalendarPart part) throws MessagingException {
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                part.ics().getBytes(StandardCharsets.UTF_8), "application/ics")));
        attachment.setFileName("invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        return attachment;
    }
}
