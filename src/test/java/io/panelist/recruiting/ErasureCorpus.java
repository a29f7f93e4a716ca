package io.panelist.recruiting;

import io.panelist.shared.erasure.Zoe;
import io.panelist.support.TextColumns;

import java.sql.Connection;
import java.sql.SQLException;
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
        return TextColumns.matching(connection, "%s ~* ?", anyMention);
    }

    /** The text as a PostgreSQL regular expression that matches it literally. */
    private static String literal(String text) {
        return text.replaceAll("([^\\p{L}\\p{N}])", "\\\\$1");
    }
}
