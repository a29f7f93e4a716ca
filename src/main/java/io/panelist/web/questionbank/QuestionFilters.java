package io.panelist.web.questionbank;

import io.panelist.web.PageLinks;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.panelist.questionbank.Level;
import io.panelist.questionbank.QuestionKind;
import io.panelist.questionbank.QuestionSearch;
import io.panelist.shared.problem.InvalidInputException;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The search form as the browser sends it: every field may be empty ("any"), which the API's own binding would
 * refuse for the level and kind, so they arrive as text and are read here.
 */
@Introspected
record QuestionFilters(@QueryValue @Nullable @Size(max = 5000) String q,
                       @QueryValue @Nullable @Size(max = 60) String topic,
                       @QueryValue @Nullable @Size(max = 20) String level,
                       @QueryValue @Nullable @Size(max = 20) String kind,
                       @QueryValue @Nullable @Size(max = 40) String tag,
                       @QueryValue @Nullable @Size(max = 10) String retired) {

    QuestionSearch toSearch() {
        return new QuestionSearch(blankless(q), blankless(topic), levelValue(), kindValue(), blankless(tag),
                retiredOnly() ? Boolean.TRUE : null);
    }

    public boolean retiredOnly() {
        return "true".equalsIgnoreCase(retired) || "on".equalsIgnoreCase(retired);
    }

    public boolean any() {
        return blankless(q) != null || blankless(topic) != null || blankless(level) != null
                || blankless(kind) != null || blankless(tag) != null || retiredOnly();
    }

    /** The same filters with other words. */
    QuestionFilters withText(String text) {
        return new QuestionFilters(text, topic, level, kind, tag, retired);
    }

    /** This search at another page, as a link. */
    String link(int page, int size) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "topic", topic);
        put(params, "level", level);
        put(params, "kind", kind);
        put(params, "tag", tag);
        if (retiredOnly()) {
            params.put("retired", "true");
        }
        return PageLinks.of("/questions", params, page, size);
    }

    public String text() {
        return q == null ? "" : q;
    }

    public String topicKey() {
        return topic == null ? "" : topic.trim();
    }

    public String levelName() {
        return level == null ? "" : level.trim().toUpperCase(Locale.ROOT);
    }

    public String kindName() {
        return kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT);
    }

    public String tagText() {
        return tag == null ? "" : tag;
    }

    @Nullable
    private Level levelValue() {
        try {
            return levelName().isEmpty() ? null : Level.valueOf(levelName());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badField("level", "must be Junior, Mid-level or Senior");
        }
    }

    @Nullable
    private QuestionKind kindValue() {
        try {
            return kindName().isEmpty() ? null : QuestionKind.valueOf(kindName());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badField("kind", "must be Concept, Coding, Design or Behavioral");
        }
    }

    private static void put(Map<String, String> params, String name, @Nullable String value) {
        if (blankless(value) != null) {
            params.put(name, value.trim());
        }
    }

    @Nullable
    private static String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
