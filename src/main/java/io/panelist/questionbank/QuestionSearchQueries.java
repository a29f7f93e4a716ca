package io.panelist.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The question search in plain JDBC, its SQL holding only the filters given. One statement with every filter written
 * as "parameter IS NULL OR ..." is planned once for all of them: that plan cannot use what it is given, and it tested
 * each filter on every row. Each combination of filters is its own statement, which PostgreSQL plans once per
 * connection. Columns are read by position, as the page is built on every keystroke of the live search.
 */
@Singleton
class QuestionSearchQueries {
    /** QuestionRow's, in its order. */
    private static final String COLUMNS = QuestionRepository.COLUMNS;
    private static final String FROM = """
          FROM questions q
          JOIN question_revisions r ON r.question_id = q.id AND r.revision = q.current_revision
          JOIN topics t ON t.id = r.topic_id
        """;
    /**
     * The text query, parsed once by websearch_to_tsquery (which takes any text), its last word then made a prefix:
     * PostgreSQL's own rendering of the parsed query ends with a quoted lexeme exactly when a word comes last, and
     * appending {@code :*} to it is valid tsquery syntax. No typed character reaches tsquery syntax unparsed.
     */
    private static final String FROM_TEXT = """
          FROM (SELECT CASE WHEN right(CAST(w AS text), 1) = '''' THEN CAST(CAST(w AS text) || ':*' AS tsquery)
                            ELSE w END
                  FROM websearch_to_tsquery('english', ?) AS w) AS typed (query), questions q
          JOIN question_revisions r ON r.question_id = q.id AND r.revision = q.current_revision
          JOIN topics t ON t.id = r.topic_id
        """;
    /** What the similar-words fallback compares with: the expression of the trigram index of V35. */
    private static final String SIMILAR_TEXT = "(r.prompt || ' ' || question_tags_text(r.tags))";

    private final Jdbc jdbc;

    QuestionSearchQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The filters of a search, already cleaned; null: not filtered on. {@code similarTo}: when not empty, the search
     * is the fallback that keeps the questions with a word like each of these (and ignores {@code text}).
     */
    record Filters(@Nullable String text, @Nullable String topicKey, @Nullable String level, @Nullable String kind,
                   @Nullable String tag, boolean retired, List<String> similarTo) {
        Filters {
            similarTo = List.copyOf(similarTo);
        }

        Filters similarTo(List<String> words) {
            return new Filters(text, topicKey, level, kind, tag, retired, words);
        }

        private boolean byWords() {
            return text != null && similarTo.isEmpty();
        }
    }

    /**
     * Ranked by relevance to the text when there is one (prompt weighs most, then tags, then guidance); by the summed
     * word similarity in the fallback; else newest first.
     */
    List<QuestionRow> page(Filters filters, int limit, long offset) {
        Statement statement = where(filters, start(COLUMNS, filters));
        if (!filters.similarTo().isEmpty()) {
            statement.sql.append(" ORDER BY (SELECT sum(word_similarity(w, ").append(SIMILAR_TEXT)
                    .append(")) FROM unnest(CAST(? AS text[])) AS w) DESC, q.created_at DESC, q.id");
            statement.values.add(filters.similarTo().toArray(String[]::new));
        } else {
            statement.sql.append(filters.text() == null ? " ORDER BY q.created_at DESC, q.id"
                    : " ORDER BY ts_rank(r.search, query) DESC, q.created_at DESC, q.id");
        }
        statement.sql.append(" LIMIT ? OFFSET ?");
        statement.values.add(limit);
        statement.values.add(offset);
        return run(statement, rows -> {
            List<QuestionRow> found = new ArrayList<>();
            while (rows.next()) {
                found.add(row(rows));
            }
            return found;
        });
    }

    long count(Filters filters) {
        Statement statement = where(filters, start("SELECT count(*)", filters));
        return run(statement, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    private static Statement start(String select, Filters filters) {
        Statement statement = new Statement(select + (filters.byWords() ? FROM_TEXT : FROM));
        if (filters.byWords()) {
            statement.values.add(filters.text());
        }
        return statement;
    }

    private static Statement where(Filters filters, Statement statement) {
        statement.sql.append(filters.retired() ? " WHERE q.retired_at IS NOT NULL" : " WHERE q.retired_at IS NULL");
        statement.andIf("r.search @@ query", null, filters.byWords());
        // one condition per word, each answered by the trigram index
        filters.similarTo().forEach(word -> statement.andIf("? <% " + SIMILAR_TEXT, word, true));
        statement.andIf("t.key = ?", filters.topicKey(), filters.topicKey() != null);
        statement.andIf("r.level = ?", filters.level(), filters.level() != null);
        statement.andIf("r.kind = ?", filters.kind(), filters.kind() != null);
        statement.andIf("r.tags @> ARRAY[CAST(? AS text)]", filters.tag(), filters.tag() != null);
        return statement;
    }

    /** SQL and the values of its parameters, in order. */
    private static final class Statement {
        final StringBuilder sql;
        final List<Object> values = new ArrayList<>();

        Statement(String start) {
            sql = new StringBuilder(start);
        }

        void andIf(String condition, @Nullable Object value, boolean wanted) {
            if (wanted) {
                sql.append(" AND ").append(condition);
                if (value != null) {
                    values.add(value);
                }
            }
        }
    }

    private static QuestionRow row(ResultSet rows) throws SQLException {
        Timestamp retiredAt = rows.getTimestamp(14);
        return new QuestionRow(rows.getObject(1, UUID.class), rows.getString(2),
                rows.getObject(3, UUID.class), rows.getString(4), rows.getInt(5), rows.getInt(6),
                rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                (String[]) rows.getArray(11).getArray(), (String[]) rows.getArray(12).getArray(), rows.getInt(13),
                retiredAt == null ? null : retiredAt.toInstant(), rows.getLong(15), rows.getTimestamp(16).toInstant(),
                rows.getTimestamp(17).toInstant());
    }

    private <T> T run(Statement statement, Jdbc.Rows<T> reader) {
        return jdbc.query("search the questions", statement.sql.toString(), statement.values, reader);
    }
}
