package io.panelist.recruiting.imports;

import java.util.ArrayList;
import java.util.List;

/** The CSV header: each of the import's columns once, in any order, and nothing else. */
final class HeaderCheck {
    private static final String EXPECTED = String.join(",", ImportRow.COLUMNS);

    private HeaderCheck() {
    }

    /** For each cell of a record, the index of its column in {@link ImportRow#COLUMNS}; 422 naming the header. */
    static int[] columns(CsvRows.Record header) {
        if (header.problem() != null) {
            throw refused(List.of(header.problem()));
        }
        int[] columnOfCell = new int[header.cells().size()];
        boolean[] seen = new boolean[ImportRow.COLUMNS.size()];
        List<String> problems = new ArrayList<>();
        for (int cell = 0; cell < columnOfCell.length; cell++) {
            String name = header.cells().get(cell).strip();
            columnOfCell[cell] = ImportRow.COLUMNS.indexOf(name);
            if (columnOfCell[cell] < 0) {
                problems.add("has an unknown column \"" + abbreviated(name) + "\"");
            } else if (seen[columnOfCell[cell]]) {
                problems.add("has the column \"" + name + "\" twice");
            } else {
                seen[columnOfCell[cell]] = true;
            }
        }
        for (int column = 0; column < seen.length; column++) {
            if (!seen[column]) {
                problems.add("lacks the column \"" + ImportRow.COLUMNS.get(column) + "\"");
            }
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return columnOfCell;
    }

    private static ImportRefusedException refused(List<String> problems) {
        List<String> messages = new ArrayList<>(problems);
        messages.set(messages.size() - 1, messages.get(messages.size() - 1) + " (it must be " + EXPECTED + ")");
        return ImportRefusedException.of("header", messages);
    }

    private static String abbreviated(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "..." : name;
    }
}
