package io.panelist.recruiting.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV reader on its own: RFC 4180 quoting, line endings, and records of the wrong shape. */
class CsvRowsTest {
    @Test
    void quotedCellsKeepCommasDoubledQuotesAndLineBreaks() {
        List<CsvRows.Record> records = CsvRows.records("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,\"\"\n");

        assertThat(records).extracting(CsvRows.Record::cells).containsExactly(
                List.of("a", "b, c", "say \"hi\""),
                List.of("two\r\nlines", "", ""));
        assertThat(records).extracting(CsvRows.Record::problem).containsOnlyNulls();
    }

    @Test
    void theLastLineNeedsNoLineBreakAndBlankLinesAtTheEndAreIgnored() {
        assertThat(CsvRows.records("a,b\nc,d")).extracting(CsvRows.Record::cells)
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(CsvRows.records("a,b\r\n\r\n\n")).extracting(CsvRows.Record::cells)
                .containsExactly(List.of("a", "b"));
        assertThat(CsvRows.records("")).isEmpty();
    }

    @Test
    void badQuotingIsAProblemOfItsRecordAndReadingGoesOnWithTheNext() {
        List<CsvRows.Record> records = CsvRows.records("a\"b,c\n\"x\"y,z\nok,1\n\"never closed,2\n");

        assertThat(records).hasSize(4);
        assertThat(records.get(0).problem()).contains("quote inside an unquoted cell");
        assertThat(records.get(1).problem()).contains("after the closing quote");
        assertThat(records.get(2).cells()).containsExactly("ok", "1");
        assertThat(records.get(2).problem()).isNull();
        assertThat(records.get(3).problem()).contains("never closed");
    }

    @Test
    void rowsAreReadByTheHeadersColumnsInAnyOrderAndEmptyCellsAreAbsent() {
        ParsedRows parsed = CsvRows.parse("positionId,externalId,phone,email,name\n,crm-1,,zoe@example.org,Zoe\n"
                + "x,y\n,,,,Yan\n");

        assertThat(parsed.rows()).hasSize(3);
        assertThat(parsed.rows().get(0)).isEqualTo(new ImportRow("Zoe", "zoe@example.org", null, "crm-1", null));
        assertThat(parsed.rows().get(2)).isEqualTo(new ImportRow("Yan", null, null, null, null));
        assertThat(parsed.problems()).extracting(RowProblem::toFieldProblem).extracting(p -> p.field())
                .containsExactly("rows/2");
    }

    @Test
    void anEmptyLineBetweenRowsIsAProblemOfItsRow() {
        ParsedRows parsed = CsvRows.parse("name,email,phone,externalId,positionId\nZoe,,,,\n\nYan,,,,\n");

        assertThat(parsed.rows()).hasSize(3);
        assertThat(parsed.problems()).containsExactly(new RowProblem(2, null, "is an empty line"));
    }

    @Test
    void aWrongHeaderOrTooManyRowsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> CsvRows.parse("name,email,phone,externalId\nZoe,,,\n"))
                .isInstanceOf(ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportRefusedException) e).fieldProblems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("header: lacks the column \"positionId\" (it must be"
                                + " name,email,phone,externalId,positionId)"));
        assertThatThrownBy(() -> CsvRows.parse("name,email,phone,externalId,positionId\n"
                + "Zoe,,,,\n".repeat(RowLimits.MAX_ROWS + 1)))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("at most 10000 rows");
    }
}
