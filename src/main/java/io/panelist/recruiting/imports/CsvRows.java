package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an import's CSV (RFC 4180): comma-separated cells, records ended by CRLF or LF, a cell in double quotes may
 * hold commas, line breaks and doubled quotes. The first record is the header naming the columns
 * ({@code name,email,phone,externalId,positionId}, in any order); an empty cell is no value. A blank line at the end
 * is ignored; a record of the wrong shape is a problem of its row, and reading goes on with the next.
 */
final class CsvRows {
    /** One record as read, with what is wrong with its quoting, if anything. */
    record Record(List<String> cells, @Nullable String problem) {
        boolean isBlank() {
            return problem == null && cells.size() == 1 && cells.get(0).isEmpty();
        }
    }

    private final String text;
    private int at;

    private CsvRows(String text) {
        this.text = text;
    }

    /** The rows of a CSV import; 422 for a wrong header or a number of rows outside 1..10,000. */
    static ParsedRows parse(String text) {
        List<Record> records = records(text);
        if (records.isEmpty()) {
            throw ImportRefusedException.of("header", List.of("is missing: the file is empty"));
        }
        int[] columnOfCell = HeaderCheck.columns(records.get(0));
        int rowCount = records.size() - 1;
        RowLimits.check(rowCount);
        List<ImportRow> rows = new ArrayList<>(rowCount);
        List<RowProblem> problems = new ArrayList<>();
        for (int row = 1; row <= rowCount; row++) {
            Record record = records.get(row);
            String[] values = new String[ImportRow.COLUMNS.size()];
            if (record.problem() != null) {
                problems.add(new RowProblem(row, null, record.problem()));
            } else if (record.isBlank()) {
                problems.add(new RowProblem(row, null, "is an empty line"));
            } else if (record.cells().size() != columnOfCell.length) {
                problems.add(new RowProblem(row, null, "has " + record.cells().size() + " cells; the header has "
                        + columnOfCell.length));
            } else {
                for (int cell = 0; cell < columnOfCell.length; cell++) {
                    String value = record.cells().get(cell);
                    values[columnOfCell[cell]] = value.isEmpty() ? null : value;
                }
            }
            rows.add(ImportRow.of(values));
        }
        return new ParsedRows(rows, problems);
    }

    /** Every record of the text, blank lines at its end left out. */
    static List<Record> records(String text) {
        CsvRows reader = new CsvRows(text);
        List<Record> records = new ArrayList<>();
        while (reader.at < text.length()) {
            records.add(reader.record());
        }
        while (!records.isEmpty() && records.get(records.size() - 1).isBlank()) {
            records.remove(records.size() - 1);
        }
        return records;
    }

    private Record record() {
        List<String> cells = new ArrayList<>();
        while (true) {
            StringBuilder cell = new StringBuilder();
            String problem = at < text.length() && text.charAt(at) == '"' ? quotedCell(cell) : plainCell(cell);
            cells.add(cell.toString());
            if (problem != null) {
                skipToEndOfLine();
                return new Record(cells, problem);
            }
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
                continue;
            }
            endOfLine();
            return new Record(cells, null);
        }
    }

    /** A cell in quotes, up to its closing quote; {@code at} is left on what follows it. */
    private String quotedCell(StringBuilder cell) {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != '"') {
                cell.append(c);
            } else if (at < text.length() && text.charAt(at) == '"') {
                cell.append('"');
                at++;
            } else {
                return atEndOfCell() ? null : "has text after the closing quote of a cell";
            }
        }
        return "has a quoted cell that is never closed";
    }

    private String plainCell(StringBuilder cell) {
        while (!atEndOfCell()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return "has a quote inside an unquoted cell (quote the whole cell and double the quote)";
            }
            cell.append(c);
        }
        return null;
    }

    private boolean atEndOfCell() {
        return at >= text.length() || text.charAt(at) == ',' || text.charAt(at) == '\n'
                || text.startsWith("\r\n", at);
    }

    private void endOfLine() {
        at += text.startsWith("\r\n", at) ? 2 : at < text.length() ? 1 : 0;
    }

    private void skipToEndOfLine() {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end + 1;
    }
}
