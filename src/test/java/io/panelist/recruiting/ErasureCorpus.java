package io.panelist.recruiting;

import io.panelist.shared.erasure.Zoe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Texts that mention Zoë in the ways DESIGN.md lists, amid sentences about other people, as written and as her
 * erasure must leave them; and a search of the whole database for anything of her that survived.
 */
final class ErasureCorpus {
    static final String ERASED = "Erased candidate";

    /** A text as written, and as it must read after her erasure: each mention replaced, every other character kept. */
    record Text(String written, String erased) {
    }

    private ErasureCorpus() {
    }

    /** Every way of writing her, each after a sentence about others. */
    static Text everyMention() {
        return mentioning(Zoe.MENTIONS, true);
    }

    /** The mentions {@code from} to {@code to} (exclusive, wrapping around), with or without sentences about others. */
    static Text mentions(int from, int to, boolean withOthers) {
        List<String> some = new ArrayList<>();
        for (int i = from; i < to; i++) {
            some.add(Zoe.MENTIONS.get(i % Zoe.MENTIONS.size()));
        }
        return mentioning(some, withOthers);
    }

    /** Sentences about other people only: her erasure must leave them as they are. */
    static String others() {
        return String.join(" ", Zoe.OTHERS);
    }

    private static Text mentioning(List<String> mentions, boolean withOthers) {
        StringBuilder written = new StringBuilder();
        StringBuilder erased = new StringBuilder();
        for (int i = 0; i < mentions.size(); i++) {
            String before = withOthers ? Zoe.OTHERS.get(i % Zoe.OTHERS.size()) + " Then " : "then ";
            written.append(before).append(mentions.get(i)).append(" answered; ");
            erased.append(before).append(ERASED).append(" answered; ");
        }
        return new Text(written.toString().strip(), erased.toString().strip());
    }

    /**
     * Every column of every table that holds text of any kind (text, varchar, json, jsonb, arrays of them) where one
     * of the ways of writing her stands as a word of its own (letter case aside): "table.column" each.
     */
    static List<String> columnsStillMentioningHer(Connection connection) throws SQLException {
        String anyMention = "(^|[^[:alnum:]])(" + Zoe.MENTIONS.stream().map(ErasureCorpus::literal)
                .collect(Collectors.joining("|")) + ")($|[^[:alnum:]])";
        List<String> holding = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet columns = statement.executeQuery("""
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                 WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                   AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
                        OR c.udt_name IN ('citext', '_text', '_varchar', '_citext', '_json', '_jsonb'))
                """)) {
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                try (PreparedStatement search = connection.prepareStatement("SELECT count(*) FROM public.\"" + table
                        + "\" WHERE CAST(\"" + column + "\" AS text) ~* ?")) {
                    search.setString(1, anyMention);
                    try (ResultSet hits = search.executeQuery()) {
                        hits.next();
                        if (hits.getLong(1) > 0) {
                            holding.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return holding;
    }

    /** The text as a PostgreSQL regular expression that matches it literally. */
    private static String literal(String text) {
        return text.replaceAll("([^\\p{L}\\p{N}])", "\\\\$1");
    }
}
