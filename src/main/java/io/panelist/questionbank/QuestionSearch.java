package io.panelist.questionbank;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;

/**
 * {@code ?q=&topic=&level=&kind=&tag=&retired=}: {@code q} is full-text over prompt, guidance and tags of the current
 * revision (web search syntax: quotes for a phrase, a minus to leave a word out), its last word also a prefix; when
 * it finds nothing, words similar to those of {@code q} in the prompt and tags. {@code topic} is a topic key;
 * {@code retired=true} searches the retired questions instead of the active.
 */
@Introspected
public record QuestionSearch(@Parameter(description = QuestionSearch.Q)
                             @QueryValue @Nullable @Size(max = BankRules.QUERY_MAX) String q,
                             @QueryValue @Nullable @Size(max = BankRules.TOPIC_KEY_MAX) String topic,
                             @QueryValue @Nullable Level level,
                             @QueryValue @Nullable QuestionKind kind,
                             @QueryValue @Nullable @Size(max = BankRules.TAG_MAX) String tag,
                             @QueryValue @Nullable Boolean retired) {
    static final String Q = "Full text over the prompt, tags and guidance of the current revision, in web search syntax"
            + " (quotes for a phrase, a minus to leave a word out, or); the last word also matches longer words that"
            + " start with it (jinja finds jinja2). Any text is accepted: operators and punctuation are parsed, never"
            + " pasted into query syntax. When the words find nothing, questions with a word similar to each of them"
            + " (pg_trgm) answer, with matchedBy SIMILAR_WORDS and didYouMean.";

    /** The text as PostgreSQL may take it: control characters (NUL above all) become spaces; blank means none. */
    @Nullable
    String text() {
        if (q == null) {
            return null;
        }
        String cleaned = q.replaceAll("\\p{Cntrl}", " ").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    @Nullable
    String tagText() {
        return tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
