package io.panelist.identity.standing;

import io.micronaut.data.connection.annotation.Connectable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One statement, outside any transaction: the standing of each of a batch of users (absent: no such user). */
@Singleton
class StandingReader {
    private static final String STANDINGS = "SELECT id, active, roles FROM users WHERE id = ANY (?)";
    private final Jdbc jdbc;

    StandingReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    Map<UUID, Standing> read(UUID[] userIds) {
        return jdbc.query("read who may still act", STANDINGS, Collections.singletonList(userIds),
                StandingReader::standings);
    }

    private static Map<UUID, Standing> standings(ResultSet rows) throws SQLException {
        Map<UUID, Standing> read = new HashMap<>();
        while (rows.next()) {
            String[] roles = (String[]) rows.getArray(3).getArray();
            Set<String> held = Set.copyOf(Arrays.asList(roles));
            read.put(rows.getObject(1, UUID.class), new Standing(rows.getBoolean(2), held));
        }
        return read;
    }
}
