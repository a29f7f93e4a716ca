package io.panelist.shared;

import java.util.Collection;

/** Collections bound as PostgreSQL text arrays and cast in SQL ({@code CAST(:ids AS uuid[])}): the JDBC layer binds String[] well. */
public final class Texts {
    private Texts() {
    }

    /** A PostgreSQL regular expression that matches {@code text} literally (for case-insensitive replacement). */
    public static String regexLiteral(String text) {
        return text.replaceAll("([\\\\^$.|?*+()\\[\\]{}])", "\\\\$1");
    }

    public static String[] of(Collection<?> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }
}
