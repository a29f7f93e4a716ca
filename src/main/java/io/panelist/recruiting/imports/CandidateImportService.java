package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Imports candidates, and applications of them, from another system's file: read and checked row by row before a
 * transaction begins, then written by {@link ImportWriter} in one, all or nothing.
 */
@Singleton
public class CandidateImportService {
    private final RowChecks checks;
    private final ImportWriter writer;

    CandidateImportService(RowChecks checks, ImportWriter writer) {
        this.checks = checks;
        this.writer = writer;
    }

    /**
     * Imports a CSV or JSON body of at most 10 MB and 10,000 rows. 422 ({@code import-refused}) lists every problem
     * of every row, by field {@code rows/<row>/<column>}, and writes nothing; 413 past the size limit.
     */
    public ImportReport importCandidates(@Nullable UUID actorId, ImportFormat format, long declaredLength,
                                        @Nullable InputStream body) {
        byte[] bytes = ImportBody.read(body, declaredLength);
        ParsedRows parsed = format == ImportFormat.CSV ? CsvRows.parse(ImportBody.utf8(bytes)) : JsonRows.parse(bytes);
        List<RowProblem> problems = new ArrayList<>();
        List<RowChecks.CheckedRow> rows = checks.check(parsed, problems);
        return writer.write(actorId, rows, problems);
    }
}
