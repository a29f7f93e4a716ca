package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One row of an import, as the file has it (a CSV line, or an element of the JSON array): the candidate's name,
 * email and phone, the id another system gives them, and a position to apply to. Absent and empty values are null.
 */
@Serdeable
public record ImportRow(@Nullable String name, @Nullable String email, @Nullable String phone,
                        @Nullable String externalId, @Nullable String positionId) {
    /** The columns of an import, as the CSV header names them and as the JSON rows' fields. */
    static final List<String> COLUMNS = List.of("name", "email", "phone", "externalId", "positionId");

    /** A row from its values by column, in {@link #COLUMNS} order. */
    static ImportRow of(String[] values) {
        return new ImportRow(values[0], values[1], values[2], values[3], values[4]);
    }
}
