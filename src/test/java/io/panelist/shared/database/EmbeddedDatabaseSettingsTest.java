package io.panelist.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseSettingsTest {
    @TempDir
    Path dataDirectory;

    @Test
    void theServersEmbeddedPostgresWritesEveryCommitToDiskBeforeAnsweringIt() throws Exception {
        try (EmbeddedPostgres postgres = DatabaseLocation.startEmbedded(dataDirectory)) {
            Map<String, Object> datasource = DatabaseLocation.datasourceProperties(postgres);
            try (Connection connection = DriverManager.getConnection(
                    (String) datasource.get("datasources.default.url"),
                    (String) datasource.get("datasources.default.username"),
                    (String) datasource.get("datasources.default.password"))) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
