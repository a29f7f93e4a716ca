package io.panelist.shared.erasure;

import java.util.List;
import java.util.Objects;

/**
 * The free-text columns of one table that may mention a person, and which of its rows are about them.
 *
 * @param table        the table
 * @param keys         its primary key, uuid columns
 * @param texts        its text columns to look in (nullable ones too)
 * @param jsons        its jsonb columns to look in, inside their string values
 * @param aboutThem    an SQL condition on the table's columns that picks the rows about the person, where every
 *                     form of {@link PersonMentions} is looked for, with {@code ?} for the parameters
 *                     {@link FreeTextEraser#erase} is given ({@code false} for none)
 * @param elsewhere    whether the other rows are looked in too, for the {@linkplain PersonMentions#unambiguous()
 *                     unambiguous} forms only
 */
public record FreeTextColumns(String table, List<String> keys, List<Text> texts, List<String> jsons, String aboutThem,
                              boolean elsewhere) {
    public FreeTextColumns {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(aboutThem, "aboutThem");
        keys = List.copyOf(keys);
        texts = List.copyOf(texts);
        jsons = List.copyOf(jsons);
        if (keys.isEmpty() || texts.isEmpty() && jsons.isEmpty()) {
            throw new IllegalArgumentException("a table to erase from has a key and a column to look in");
        }
    }

    /** Columns looked in only in the rows about the person. */
    public static FreeTextColumns about(String table, List<String> keys, List<Text> texts, List<String> jsons,
                                        String aboutThem) {
        return new FreeTextColumns(table, keys, texts, jsons, aboutThem, false);
    }

    /** These columns, looked in in every other row too (for the unambiguous forms). */
    public FreeTextColumns andElsewhere() {
        return new FreeTextColumns(table, keys, texts, jsons, aboutThem, true);
    }

    /** A text column and the most characters its CHECK allows (an erased text must still fit). */
    public record Text(String name, int maxLength) {
    }

    public static Text text(String name, int maxLength) {
        return new Text(name, maxLength);
    }

    int size() {
        return texts.size() + jsons.size();
    }
}
