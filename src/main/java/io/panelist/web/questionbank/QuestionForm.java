package io.panelist.web.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The edit form as posted: everything as text, so that whatever was typed can be shown again next to its problem.
 * Follow-ups are one per line, tags separated by commas or spaces; {@code version} is the version the form was read
 * at, so that an edit over someone else's newer one is refused.
 */
@Serdeable
record QuestionForm(@Nullable String topicKey, @Nullable String level, @Nullable String kind,
                    @Nullable String prompt, @Nullable String guidance, @Nullable String followUps,
                    @Nullable String tags, @Nullable String minutes, @Nullable String version,
                    @Nullable String csrfToken) {
}
