package io.panelist.recommendation.mail;

import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who hires for an application, with what their mail names: one statement. */
@Singleton
class HiringManagerOf {
    private static final String SQL = """
        SELECT u.id, u.email, u.display_name, u.active, c.id, c.name, c.erased_at IS NOT NULL, p.title
          FROM applications a
          JOIN positions p ON p.id = a.position_id
          JOIN users u ON u.id = p.hiring_manager_id
          JOIN candidates c ON c.id = a.candidate_id
         WHERE a.id = ?
        """;
    private final Jdbc jdbc;

    HiringManagerOf(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    record Reader(UUID userId, String email, String name, boolean active, UUID candidateId,
                  String candidateName, boolean candidateErased, String positionTitle) {
    }

    Optional<Reader> application(UUID applicationId) {
        return jdbc.query("find the hiring manager of an application", SQL, List.of(applicationId), rows ->
                rows.next() ? Optional.of(new Reader(rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getString(3), rows.getBoolean(4), rows.getObject(5, UUID.class), rows.getString(6),
                        rows.getBoolean(7), rows.getString(8))) : Optional.empty());
    }
}
