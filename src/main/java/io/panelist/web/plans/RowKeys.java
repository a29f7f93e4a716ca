package io.panelist.web.plans;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Short random names for the controls of one row, so that every label on the page points at its own field. */
final class RowKeys {
    private RowKeys() {
    }

    static String next() {
        return "r" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** A key the page sent back: only what {@link #next()} makes, since it lands in attributes and selectors. */
    static boolean isKey(String key) {
        return key != null && key.matches("r[0-9a-f]{16}");
    }
}
