package io.panelist.shared.erasure;

import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Erases a person from the free text of a table, in the caller's transaction, in two statements whatever the number
 * of rows: one reads (and locks) the rows whose text PostgreSQL finds worth a look ({@link
 * PersonMentions#postgresFilter()}), the other writes back those that {@link PersonMentions} changed.
 */
@Singleton
public class FreeTextEraser {
    private final Jdbc jdbc;

    FreeTextEraser(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the person's mentions in the columns: every form in the rows about them, the unambiguous ones in the
     * others when the columns say so.
     *
     * @param aboutParameters the values of the {@code ?} of {@link FreeTextColumns#aboutThem()}, in order
     * @return how many rows changed
     */
    public int erase(FreeTextColumns columns, PersonMentions mentions, Object... aboutParameters) {
        PersonMentions elsewhere = mentions.unambiguous();
        List<Object> parameters = new ArrayList<>(Arrays.asList(aboutParameters));
        parameters.addAll(Arrays.asList(aboutParameters));
        for (int i = 0; i < columns.size(); i++) {
            parameters.add(mentions.postgresFilter());
        }
        for (int i = 0; columns.elsewhere() && i < columns.size(); i++) {
            parameters.add(elsewhere.postgresFilter());
        }
        List<Row> changed = jdbc.query("read the text to erase a person from in " + columns.table(),
                select(columns), parameters, rows -> changedRows(rows, columns, mentions, elsewhere));
        if (changed.isEmpty()) {
            return 0;
        }
        return jdbc.update("erase a person from " + columns.table(), update(columns), arrays(columns, changed));
    }

    private static List<Row> changedRows(ResultSet rows, FreeTextColumns columns, PersonMentions mentions,
                                         PersonMentions elsewhere) throws SQLException {
        List<Row> changed = new ArrayList<>();
        int keys = columns.keys().size();
        while (rows.next()) {
            UUID[] key = new UUID[keys];
            for (int i = 0; i < keys; i++) {
                key[i] = rows.getObject(i + 1, UUID.class);
            }
            PersonMentions looking = rows.getBoolean(keys + columns.size() + 1) ? mentions : elsewhere;
            String[] before = new String[columns.size()];
            String[] after = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                before[i] = rows.getString(keys + i + 1);
                boolean json = i >= columns.texts().size();
                after[i] = before[i] == null ? null : json ? looking.replaceInJson(before[i])
                        : looking.replaceIn(before[i], columns.texts().get(i).maxLength());
            }
            if (!Arrays.equals(before, after)) {
                changed.add(new Row(key, after));
            }
        }
        return changed;
    }

    private static String select(FreeTextColumns columns) {
        String read = Stream.concat(Stream.concat(columns.keys().stream(), textNames(columns)), jsonTexts(columns))
                .collect(Collectors.joining(", "));
        String worthALook = Stream.concat(textNames(columns), jsonTexts(columns)).map(text -> text + " ~ ?")
                .collect(Collectors.joining(" OR "));
        String about = "(" + columns.aboutThem() + ")";
        return "SELECT " + read + ", " + about + " FROM " + columns.table() + " WHERE (" + about + " AND ("
                + worthALook + "))" + (columns.elsewhere() ? " OR (" + worthALook + ")" : "") + " FOR UPDATE";
    }

    private static Stream<String> jsonTexts(FreeTextColumns columns) {
        return columns.jsons().stream().map(json -> "CAST(" + json + " AS text)");
    }

    private static String update(FreeTextColumns columns) {
        String set = Stream.concat(textNames(columns).map(text -> text + " = v." + text),
                columns.jsons().stream().map(json -> json + " = CAST(v." + json + " AS jsonb)"))
                .collect(Collectors.joining(", "));
        String arrays = Stream.concat(columns.keys().stream().map(key -> "CAST(? AS uuid[])"),
                Stream.generate(() -> "CAST(? AS text[])").limit(columns.size())).collect(Collectors.joining(", "));
        String names = Stream.concat(Stream.concat(columns.keys().stream(), textNames(columns)),
                columns.jsons().stream()).collect(Collectors.joining(", "));
        String sameKey = columns.keys().stream().map(key -> "t." + key + " = v." + key)
                .collect(Collectors.joining(" AND "));
        return "UPDATE " + columns.table() + " AS t SET " + set + " FROM unnest(" + arrays + ") AS v(" + names
                + ") WHERE " + sameKey;
    }

    private static Stream<String> textNames(FreeTextColumns columns) {
        return columns.texts().stream().map(FreeTextColumns.Text::name);
    }

    private static List<Object> arrays(FreeTextColumns columns, List<Row> changed) {
        List<Object> arrays = new ArrayList<>();
        for (int i = 0; i < columns.keys().size(); i++) {
            int key = i;
            arrays.add(changed.stream().map(row -> row.key()[key]).toArray(UUID[]::new));
        }
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            arrays.add(changed.stream().map(row -> row.values()[column]).toArray(String[]::new));
        }
        return arrays;
    }

    private record Row(UUID[] key, String[] values) {
    }
}
