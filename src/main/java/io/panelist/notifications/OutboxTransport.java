package io.panelist.notifications;

import java.util.Set;

/**
 * Sends the messages of some kinds (mail over SMTP; webhooks over HTTP). A transport is a bean; the dispatcher finds
 * every one and hands each claimed message to the transport of its kind, outside any transaction. A kind no
 * transport handles is enqueued as HELD and never sent. Add a transport as a new bean: the dispatcher does not change.
 */
public interface OutboxTransport {
    /** The kinds this transport sends; no two transports share a kind. */
    Set<OutboxKind> kinds();

    /**
     * Sends one message, or throws: any exception is a failed attempt, retried with backoff. The exception's message
     * is kept (shortened) as the message's last error and shown to administrators: it must carry no secret.
     */
    void send(OutboxMessage message) throws Exception;
}
