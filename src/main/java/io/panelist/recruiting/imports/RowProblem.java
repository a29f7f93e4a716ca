package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.problem.FieldProblem;

import java.util.Comparator;

/**
 * What is wrong with one row of an import (1-based, the CSV header not counted), in one column or, without a
 * column, in the row as a whole. Its field reads {@code rows/17/email}.
 */
record RowProblem(int row, @Nullable String column, String message) {
    /** Row by row, and within a row the whole row first, then the columns in the file's order. */
    static final Comparator<RowProblem> IN_FILE_ORDER = Comparator.comparingInt(RowProblem::row)
            .thenComparingInt(RowProblem::columnOrder);

    FieldProblem toFieldProblem() {
        return new FieldProblem("rows/" + row + (column == null ? "" : "/" + column), message);
    }

    private int columnOrder() {
        int known = column == null ? -1 : ImportRow.COLUMNS.indexOf(column);
        return column == null ? -1 : known >= 0 ? known : ImportRow.COLUMNS.size();
    }
}
