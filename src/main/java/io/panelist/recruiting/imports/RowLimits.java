package io.panelist.recruiting.imports;

import java.util.List;

/** How many rows an import takes: at least one, at most {@link #MAX_ROWS}. */
final class RowLimits {
    static final int MAX_ROWS = 10_000;

    private RowLimits() {
    }

    /** 422 naming {@code rows} when the count is outside the limits. */
    static void check(int rows) {
        if (rows == 0) {
            throw ImportRefusedException.of("rows", List.of("are none: the import holds no rows"));
        }
        if (rows > MAX_ROWS) {
            throw tooMany(rows + "");
        }
    }

    static ImportRefusedException tooMany(String count) {
        return ImportRefusedException.of("rows", List.of("are " + count + "; an import takes at most " + MAX_ROWS
                + " rows, so split the file"));
    }
}
