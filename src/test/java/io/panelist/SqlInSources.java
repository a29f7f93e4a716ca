package io.panelist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables a Java source names in its SQL: every string literal and text block (in {@code @Query}, constants or
 * plain JDBC), read for the names that follow FROM, JOIN, UPDATE, INTO, TABLE, TRUNCATE, USING and COPY, including
 * the comma-separated items of a FROM list. Comments are skipped.
 */
final class SqlInSources {
    record TableName(Path file, int line, String table) {
    }

    private static final String NAME = "(?:public\\.)?\"?([a-z_][a-z0-9_]*)\"?(?![.(\\w])";
    private static final Pattern AFTER_KEYWORD = Pattern.compile(
            "\\b(?:FROM|JOIN|UPDATE|INTO|TABLE|TRUNCATE|USING|COPY)\\s+(?:ONLY\\s+)?" + NAME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LATER_FROM_ITEM = Pattern.compile(
            "\\bFROM\\s+[a-z_][a-z0-9_]*(?:\\s+(?:AS\\s+)?[a-z_][a-z0-9_]*)?((?:\\s*,\\s*[a-z_][a-z0-9_]*"
                    + "(?:\\s+(?:AS\\s+)?[a-z_][a-z0-9_]*)?)+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile(",\\s*" + NAME, Pattern.CASE_INSENSITIVE);

    private SqlInSources() {
    }

    /** Every table name in the SQL of the Java sources under a directory, in file and line order. */
    static List<TableName> under(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            List<TableName> names = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (JavaStrings.Literal literal : JavaStrings.of(Files.readString(file))) {
                    names.addAll(namesIn(file, literal));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> tablesIn(String sql) {
        return namesIn(Path.of(""), new JavaStrings.Literal(1, sql)).stream().map(TableName::table).toList();
    }

    private static List<TableName> namesIn(Path file, JavaStrings.Literal literal) {
        List<TableName> names = new ArrayList<>();
        Matcher keyword = AFTER_KEYWORD.matcher(literal.text());
        while (keyword.find()) {
            names.add(name(file, literal, keyword.start(1), keyword.group(1)));
        }
        Matcher list = LATER_FROM_ITEM.matcher(literal.text());
        while (list.find()) {
            Matcher item = LIST_ITEM.matcher(list.group(1));
            while (item.find()) {
                names.add(name(file, literal, list.start(1) + item.start(1), item.group(1)));
            }
        }
        return names;
    }

    private static TableName name(Path file, JavaStrings.Literal literal, int offset, String table) {
        int line = literal.line() + (int) literal.text().substring(0, offset).chars().filter(c -> c == '\n').count();
        return new TableName(file, line, table.toLowerCase(Locale.ROOT));
    }
}
