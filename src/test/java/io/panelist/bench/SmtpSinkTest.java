package io.panelist.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox part's SMTP sink, spoken to by Jakarta Mail as Panelist's SMTP transport speaks to a server. */
class SmtpSinkTest {

    @Test
    void receivesRealMailAndCountsEachMessageIdAsOftenAsItArrives() throws Exception {
        try (SmtpSink sink = SmtpSink.start()) {
            Session session = session(sink.port());
            MimeMessage first = mail(session, "First",
                    "Hello\n.\nA line of a lone dot, and one that starts with one:\n.dot");
            Transport.send(first);
            MimeMessage second = mail(session, "Second", "Sent twice on one connection");
            second.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(second, second.getAllRecipients());
                transport.sendMessage(second, second.getAllRecipients());
            }

            assertThat(sink.received()).isEqualTo(3);
            assertThat(sink.messageIds()).containsEntry(first.getMessageID(), 1).containsEntry(second.getMessageID(), 2)
                    .hasSize(2);
        }
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.connectiontimeout", "5000");
        return Session.getInstance(properties);
    }

    private static MimeMessage mail(Session session, String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("panelist@example.com"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse("ana@example.com, ben@example.com"));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        return message;
    }
}
