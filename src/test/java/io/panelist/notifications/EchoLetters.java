package io.panelist.notifications;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.Json;
import jakarta.inject.Singleton;

import java.util.Map;

/** A feature's letters as the outbox tests write them: the payload carries the line the mail says. */
@Singleton
class EchoLetters implements LetterRenderer {
    static final String LETTER = "test-echo";
    private final Json json;

    EchoLetters(Json json) {
        this.json = json;
    }

    @Serdeable
    record Echo(String letter, String to, String subject, String line) {
    }

    static String payload(String to, String subject, String line) {
        return "{\"letter\":\"" + LETTER + "\",\"to\":\"" + to + "\",\"subject\":\"" + subject + "\",\"line\":\""
                + line + "\"}";
    }

    @Override
    public String letter() {
        return LETTER;
    }

    @Override
    public MailPayload render(String payload) {
        Echo echo = json.read(payload, Argument.of(Echo.class));
        return new MailPayload(echo.to(), echo.subject(), echo.line(), "<p>" + echo.line() + "</p>", null, Map.of());
    }
}
