package io.panelist.notifications;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.Json;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A stored mail as it is sent and shown: rendered already, or a {@link Letter} rendered now by its renderer. The
 * renderers are looked up on first use: they belong to features that write to the outbox, which this class's users
 * (the transports) are part of.
 */
@Singleton
public class MailPayloads {
    private final Json json;
    private final BeanProvider<LetterRenderer> found;
    private volatile Map<String, LetterRenderer> renderers;

    MailPayloads(Json json, BeanProvider<LetterRenderer> found) {
        this.json = json;
        this.found = found;
    }

    @Serdeable
    record Named(@Nullable String letter) {
    }

    public MailPayload read(String payload) {
        String letter = json.read(payload, Argument.of(Named.class)).letter();
        if (letter == null) {
            return json.read(payload, Argument.of(MailPayload.class));
        }
        LetterRenderer renderer = renderers().get(letter);
        if (renderer == null) {
            throw new IllegalStateException("No renderer for the letter '" + letter + "'");
        }
        return renderer.render(payload);
    }

    private Map<String, LetterRenderer> renderers() {
        if (renderers == null) {
            renderers = found.stream().collect(Collectors.toMap(LetterRenderer::letter, Function.identity()));
        }
        return renderers;
    }
}
