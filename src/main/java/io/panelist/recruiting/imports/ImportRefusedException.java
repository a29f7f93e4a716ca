package io.panelist.recruiting.imports;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

/**
 * An import that was read but cannot be done, nothing written: a wrong header, too many or no rows, or bad rows,
 * each listed with its field ({@code header}, {@code rows}, {@code rows/17/email}).
 */
final class ImportRefusedException extends PanelistException {
    /** Enough to fix a file by; an import with more problems than this says how many there are in its detail. */
    static final int MOST_LISTED = 1000;
    private final List<FieldProblem> problems;

    private ImportRefusedException(String detail, List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "import-refused", detail);
        this.problems = List.copyOf(problems);
    }

    /** Problems of the file as a whole: each message completes "the header ...", "the rows ...". */
    static ImportRefusedException of(String field, List<String> messages) {
        return new ImportRefusedException("The import was refused and nothing was written: the " + field + " "
                + String.join("; ", messages) + ".", messages.stream().map(m -> new FieldProblem(field, m)).toList());
    }

    /** Bad rows, in file order; the first {@link #MOST_LISTED} problems are listed. */
    static ImportRefusedException ofRows(List<RowProblem> problems) {
        List<RowProblem> ordered = problems.stream().sorted(RowProblem.IN_FILE_ORDER).toList();
        long badRows = ordered.stream().mapToInt(RowProblem::row).distinct().count();
        String detail = "The import was refused and nothing was written: " + badRows
                + (badRows == 1 ? " row has " : " rows have ") + ordered.size()
                + (ordered.size() == 1 ? " problem." : " problems.")
                + (ordered.size() > MOST_LISTED ? " The first " + MOST_LISTED + " are listed." : "");
        return new ImportRefusedException(detail, ordered.stream().limit(MOST_LISTED)
                .map(RowProblem::toFieldProblem).toList());
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
