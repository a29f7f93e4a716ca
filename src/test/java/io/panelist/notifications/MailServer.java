package io.panelist.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free loopback port, one per test class; stopped and started to refuse mail. */
final class MailServer {
    static final String USER = "panelist";
    static final String PASSWORD = "s3cret-smtp-pass";
    private final int port = freePort();
    private GreenMail server;

    MailServer start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("panelist@localhost", USER, PASSWORD);
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
        return Map.of("panelist.smtp.url", "smtp://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port,
                "panelist.mail.from", "Panelist <panelist@example.com>");
    }

    MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
