package io.panelist.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is done with a postmaster.pid found before the start; the kill of a real server is RestartAfterKillTest. */
class LeftoverPostmasterTest {
    @TempDir
    Path dataDirectory;

    @Test
    void aPidFileOfAProcessThatIsGoneIsRemoved() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        writePidFile(finished.pid());

        LeftoverPostmaster.stopIfAny(dataDirectory);

        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidFileNamingAnotherProgramIsRemovedAndTheProgramLeftAlone() throws Exception {
        writePidFile(ProcessHandle.current().pid());

        LeftoverPostmaster.stopIfAny(dataDirectory);

        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void thePostgresOfAnotherDataDirectoryIsNeverStopped(@TempDir Path otherDirectory) throws Exception {
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(otherDirectory).start()) {
            long otherPostmaster = Long.parseLong(Files.readAllLines(otherDirectory.resolve("postmaster.pid")).get(0));
            writePidFile(otherPostmaster);

            assertThatThrownBy(() -> LeftoverPostmaster.stopIfAny(dataDirectory))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not look like the one of");

            assertThat(dataDirectory.resolve("postmaster.pid")).exists();
            try (Connection connection = other.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void aDataDirectoryThatALivingServerUsesIsRefused() throws Exception {
        writePidFile(ProcessHandle.current().pid());
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {

            assertThatThrownBy(() -> LeftoverPostmaster.stopIfAny(dataDirectory))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is using the embedded PostgreSQL");

            assertThat(dataDirectory.resolve("postmaster.pid")).exists();
        }
    }

    private void writePidFile(long pid) throws Exception {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), pid + "\n" + dataDirectory + "\n");
    }
}
