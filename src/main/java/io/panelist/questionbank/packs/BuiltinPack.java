package io.panelist.questionbank.packs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.json.JsonMapper;
import io.panelist.questionbank.QuestionRepository;
import io.panelist.shared.database.SeedContent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the built-in Flask backend pack into an empty bank on start-up. {@code panelist.packs.builtin=false} turns
 * it off; a bank that holds anything is left alone.
 */
@Singleton
@Requires(property = "panelist.packs.builtin", notEquals = "false")
class BuiltinPack implements SeedContent {
    static final String RESOURCE = "classpath:packs/flask-backend.json";
    private static final Logger LOG = LoggerFactory.getLogger(BuiltinPack.class);
    private final QuestionPackService packs;
    private final QuestionRepository questions;
    private final ResourceResolver resources;
    private final JsonMapper json;

    BuiltinPack(QuestionPackService packs, QuestionRepository questions, ResourceResolver resources, JsonMapper json) {
        this.packs = packs;
        this.questions = questions;
        this.resources = resources;
        this.json = json;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed() {
        if (!questions.bankIsEmpty()) {
            return;
        }
        PackImportResult result = packs.importPack(null, read());
        LOG.info("Loaded the built-in Flask backend pack: {} topics, {} questions",
                result.topics().created(), result.questions().created());
    }

    PackDocument read() {
        try (InputStream in = resources.getResourceAsStream(RESOURCE)
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " is missing from the build"))) {
            return json.readValue(in, PackDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
