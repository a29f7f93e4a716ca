package io.panelist.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mail server for the outbox part, on a free loopback port: it accepts every command (220, 250, 354, 221), one
 * thread per connection, and counts the messages it receives by their Message-ID, so that a message received twice
 * tells from two messages. It keeps nothing else.
 */
final class SmtpSink implements AutoCloseable {
    private static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final String MESSAGE_ID = "message-id:";
    private final ServerSocket socket;
    private final ExecutorService conversations = Executors.newCachedThreadPool(SmtpSink::daemon);
    private final Map<String, Integer> byMessageId = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();

    private SmtpSink(ServerSocket socket) {
        this.socket = socket;
    }

    static SmtpSink start() throws IOException {
        SmtpSink sink = new SmtpSink(new ServerSocket(0, 256, InetAddress.getLoopbackAddress()));
        daemon(sink::accept).start();
        return sink;
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Every message received to the end of its DATA, with or without a Message-ID. */
    long received() {
        return received.get();
    }

    /** How many times each Message-ID arrived. */
    Map<String, Integer> messageIds() {
        return Map.copyOf(byMessageId);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                conversations.execute(() -> converse(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.ISO_8859_1)); Writer reply = new OutputStreamWriter(client.getOutputStream(),
                StandardCharsets.ISO_8859_1)) {
            client.setSoTimeout(READ_TIMEOUT_MILLIS);
            say(reply, "220 panelist-bench-sink ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                if (verb.equals("DATA")) {
                    say(reply, "354 end with <CRLF>.<CRLF>");
                    if (!readMessage(in)) {
                        return;
                    }
                    say(reply, "250 received");
                } else if (verb.equals("QUIT")) {
                    say(reply, "221 bye");
                    return;
                } else {
                    say(reply, "250 ok");
                }
            }
        } catch (IOException e) {
            // the client went away mid-conversation: nothing was received
        }
    }

    /** Reads one message to its lone "." and counts it; false if the connection ended first. */
    private boolean readMessage(BufferedReader in) throws IOException {
        String messageId = null;
        boolean inHeaders = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals(".")) {
                received.incrementAndGet();
                if (messageId != null) {
                    byMessageId.merge(messageId, 1, Integer::sum);
                }
                return true;
            }
            if (line.isEmpty()) {
                inHeaders = false;
            } else if (inHeaders && line.regionMatches(true, 0, MESSAGE_ID, 0, MESSAGE_ID.length())) {
                messageId = line.substring(MESSAGE_ID.length()).trim();
            }
        }
        return false;
    }

    private static void say(Writer reply, String line) throws IOException {
        reply.write(line + "\r\n");
        reply.flush();
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "smtp-sink");
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        conversations.shutdownNow();
    }
}
