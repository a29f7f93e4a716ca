package io.panelist.shared;

import java.util.Collection;

/** Collections bound as PostgreSQL text arrays and cast in SQL ({@code CAST(:ids AS uuid[])}): the JDBC layer binds String[] well. */
public final class Texts {
    private Texts() {
    }

    public static String[] of(Collection<?> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }
}
