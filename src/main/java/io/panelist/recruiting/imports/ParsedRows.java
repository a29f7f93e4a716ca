package io.panelist.recruiting.imports;

import java.util.List;

/** The rows of an import as read, with the problems found while reading them (a row of the wrong shape). */
record ParsedRows(List<ImportRow> rows, List<RowProblem> problems) {
    ParsedRows {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
