package io.panelist.recruiting.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.panelist.shared.input.JsonText;
import io.panelist.shared.problem.InvalidInputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an import's JSON: exactly one array, of objects whose fields are the import's columns, each a string or
 * null. A field that is not a column, or a value that is not a string, is a problem of its row; a body that is not
 * one JSON array (or has a key twice in an object, is not strict UTF-8, or holds half of a surrogate pair) is a 400,
 * like any body that is not valid JSON for its endpoint.
 */
final class JsonRows {
    private static final JsonFactory FACTORY = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final JsonParser parser;
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();

    private JsonRows(JsonParser parser) {
        this.parser = parser;
    }

    /** The rows of a JSON import; 422 for a number of rows outside 1..10,000. */
    static ParsedRows parse(byte[] body) {
        JsonText.requireUtf8(body);
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonRows reader = new JsonRows(parser);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw notAnArray();
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw notJson(parser.currentLocation());
                }
                reader.row();
            }
            if (parser.nextToken() != null) {
                throw InvalidInputException.badField("body", "holds more than one JSON value");
            }
            RowLimits.check(reader.rows.size());
            return new ParsedRows(reader.rows, reader.problems);
        } catch (JsonProcessingException e) {
            JsonText.refuseSurrogateInKey(e);
            throw notJson(e.getLocation());
        } catch (IOException e) {
            throw notJson(null);
        }
    }

    private void row() throws IOException {
        int row = rows.size() + 1;
        if (row > RowLimits.MAX_ROWS) {
            throw RowLimits.tooMany("more than " + RowLimits.MAX_ROWS);
        }
        String[] values = new String[ImportRow.COLUMNS.size()];
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            problems.add(new RowProblem(row, null, "must be an object with the fields "
                    + String.join(", ", ImportRow.COLUMNS)));
            rows.add(ImportRow.of(values));
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            int column = ImportRow.COLUMNS.indexOf(field);
            if (column < 0) {
                problems.add(new RowProblem(row, abbreviated(field), "is not a column of the import (the columns are "
                        + String.join(", ", ImportRow.COLUMNS) + ")"));
                parser.skipChildren();
            } else if (value == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                JsonText.requireWholeCharacters(text, "rows[" + row + "]." + field);
                values[column] = text.isEmpty() ? null : text;
            } else if (value != JsonToken.VALUE_NULL) {
                problems.add(new RowProblem(row, field, "must be a string or null"));
                parser.skipChildren();
            }
        }
        rows.add(ImportRow.of(values));
    }

    private static String abbreviated(String field) {
        return field.length() > 40 ? field.substring(0, 40) + "..." : field;
    }

    private static InvalidInputException notAnArray() {
        return InvalidInputException.badField("body", "must be a JSON array of rows");
    }

    private static InvalidInputException notJson(JsonLocation where) {
        return InvalidInputException.badField("body", where == null ? "is not valid JSON"
                : "is not valid JSON (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
    }
}
