package io.panelist.shared.erasure;

import java.util.List;
import java.util.Objects;

/**
 * The free-text columns of one table that may mention a person, and which rows to look in.
 *
 * @param table the table
 * @param keys  its primary key, uuid columns
 * @param texts its text columns to look in (nullable ones too)
 * @param jsons its jsonb columns to look in, inside their string values
 * @param rows  an SQL condition on the table's columns that picks the rows to look in, with {@code ?} for the
 *              parameters {@link FreeTextEraser#erase} is given; {@code true} for every row
 */
public record FreeTextColumns(String table, List<String> keys, List<Text> texts, List<String> jsons, String rows) {
    public FreeTextColumns {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rows, "rows");
        keys = List.copyOf(keys);
        texts = List.copyOf(texts);
        jsons = List.copyOf(jsons);
        if (keys.isEmpty() || texts.isEmpty() && jsons.isEmpty()) {
            throw new IllegalArgumentException("a table to erase from has a key and a column to look in");
        }
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
