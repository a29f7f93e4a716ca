package io.panelist;

import io.panelist.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.panelist.ArchitectureTest.FEATURES_BOTTOM_UP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * STYLE.md's rule for SQL: each table belongs to one feature ({@link TableOwners}), and a feature's SQL may join down
 * to the tables of the features below it, never up.
 */
class TableOwnershipTest extends IntegrationTest {
    private static final Path SOURCES = Path.of("src/main/java/io/panelist");

    @Test
    void everyTableAndViewOfTheMigratedSchemaHasAnOwningFeature() throws SQLException {
        Set<String> schema = tablesAndViews();
        Set<String> unowned = new TreeSet<>(schema);
        unowned.removeAll(TableOwners.OWNER.keySet());
        assertThat(unowned).as("tables and views of the schema with no owner in TableOwners").isEmpty();
        Set<String> gone = new TreeSet<>(TableOwners.OWNER.keySet());
        gone.removeAll(schema);
        assertThat(gone).as("tables in TableOwners that the schema does not have").isEmpty();
        assertThat(FEATURES_BOTTOM_UP).as("owners in TableOwners").containsAll(TableOwners.OWNER.values());
    }

    @Test
    void noFeatureSqlNamesATableOfAFeatureAboveIt() {
        List<String> upward = new ArrayList<>();
        for (String feature : FEATURES_BOTTOM_UP) {
            Path sources = SOURCES.resolve(feature);
            if (!sources.toFile().isDirectory()) {
                continue;
            }
            for (SqlInSources.TableName name : SqlInSources.under(sources)) {
                String owner = TableOwners.OWNER.get(name.table());
                if (owner != null && FEATURES_BOTTOM_UP.indexOf(owner) > FEATURES_BOTTOM_UP.indexOf(feature)) {
                    upward.add(name.file() + ":" + name.line() + ": " + feature + "'s SQL names " + name.table()
                            + ", a table of " + owner + ", which sits above " + feature);
                }
            }
        }
        assertThat(upward).as("SQL that names a table of a higher feature").isEmpty();
    }

    @Test
    void theReaderFindsTablesAfterEveryKindOfClause() {
        assertThat(SqlInSources.tablesIn("""
                SELECT x FROM plan_stages s, topics t JOIN interviews i ON i.id = s.id
                 WHERE EXISTS (SELECT 1 FROM public.scorecards) AND extract(epoch FROM i.starts_at) > 0
                """)).containsExactlyInAnyOrder("plan_stages", "interviews", "scorecards", "topics");
        assertThat(SqlInSources.tablesIn("UPDATE decisions SET a = 1")).containsExactly("decisions");
        assertThat(SqlInSources.tablesIn("INSERT INTO users (id) VALUES (1)")).containsExactly("users");
        assertThat(SqlInSources.tablesIn("DELETE FROM applications a USING positions p")).containsExactly(
                "applications", "positions");
    }

    private static Set<String> tablesAndViews() throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                        AND c.relname <> 'flyway_schema_history'
                     """)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
