package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;
import io.panelist.recruiting.candidates.ExternalIds;
import io.panelist.recruiting.candidates.SaveCandidateRequest;
import io.panelist.shared.problem.ViolationFields;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The checks a row passes without the database: the rules of a candidate written through the API (the same
 * constraints, checked by the same validator), a position id that is a UUID, and no external id or email that an
 * earlier row of the file already has.
 */
@Singleton
class RowChecks {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final Validator validator;

    RowChecks(Validator validator) {
        this.validator = validator;
    }

    /** The rows, their values as they will be stored; every problem found is added to {@code problems}. */
    List<CheckedRow> check(ParsedRows parsed, List<RowProblem> problems) {
        problems.addAll(parsed.problems());
        // what could not be read is reported once, as read, and not checked again as if it were empty
        Set<String> unread = new HashSet<>();
        parsed.problems().forEach(p -> unread.add(p.row() + "/" + (p.column() == null ? "" : p.column())));
        List<CheckedRow> checked = new ArrayList<>(parsed.rows().size());
        Map<String, Integer> rowOfExternalId = new HashMap<>();
        Map<String, Integer> rowOfEmail = new HashMap<>();
        for (int i = 0; i < parsed.rows().size(); i++) {
            int row = i + 1;
            ImportRow values = parsed.rows().get(i);
            if (!unread.contains(row + "/")) {
                validate(row, values, unread, problems);
            }
            CheckedRow candidate = CheckedRow.of(row, values, positionId(row, values.positionId(), problems));
            firstOf(rowOfExternalId, candidate.externalId(), row, "externalId", problems);
            firstOf(rowOfEmail, candidate.email(), row, "email", problems);
            checked.add(candidate);
        }
        return checked;
    }

    private void validate(int row, ImportRow values, Set<String> unread, List<RowProblem> problems) {
        SaveCandidateRequest asWritten = new SaveCandidateRequest(values.name(), values.email(), values.phone(), null,
                values.externalId());
        for (ConstraintViolation<SaveCandidateRequest> violation : validator.validate(asWritten)) {
            String column = ViolationFields.path(violation);
            if (!unread.contains(row + "/" + column)) {
                problems.add(new RowProblem(row, column, violation.getMessage()));
            }
        }
        if (values.email() != null && values.email().indexOf('\0') >= 0) {
            problems.add(new RowProblem(row, "email", "must have no NUL characters"));
        }
    }

    @Nullable
    private static UUID positionId(int row, @Nullable String text, List<RowProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!UUID_TEXT.matcher(text.strip()).matches()) {
            problems.add(new RowProblem(row, "positionId", "must be the id (a UUID) of a position"));
            return null;
        }
        return UUID.fromString(text.strip());
    }

    /** Notes the first row with a value; a later row with the same value is a problem. */
    private static void firstOf(Map<String, Integer> rowOfValue, @Nullable String value, int row, String column,
                                List<RowProblem> problems) {
        if (value == null) {
            return;
        }
        Integer first = rowOfValue.putIfAbsent(value, row);
        if (first != null) {
            problems.add(new RowProblem(row, column, "is the " + column + " of row " + first
                    + " too; each row must have its own"));
        }
    }

    /** A row's values as they will be stored: trimmed, the email in lower case, blank values absent. */
    record CheckedRow(int row, String name, @Nullable String email, @Nullable String phone,
                      @Nullable String externalId, @Nullable UUID positionId) {
        static CheckedRow of(int row, ImportRow values, @Nullable UUID positionId) {
            return new CheckedRow(row, values.name() == null ? "" : values.name().trim(),
                    blankToNull(values.email() == null ? null : values.email().toLowerCase(Locale.ROOT)),
                    blankToNull(values.phone()), ExternalIds.normalized(values.externalId()), positionId);
        }

        private static String blankToNull(@Nullable String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }
}
