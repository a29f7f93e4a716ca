package io.panelist.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL of a server that was killed ({@code kill -9}, a crash): its postmaster outlives the JVM
 * that started it and holds the data directory, so a new one cannot start there. It is stopped before the next
 * start; a {@code postmaster.pid} whose process is gone, or is something else than PostgreSQL, is removed.
 */
final class LeftoverPostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    /** The file zonky's embedded PostgreSQL keeps locked in the data directory for as long as its JVM uses it. */
    private static final String EMBEDDED_LOCK = "epg-lock";

    private LeftoverPostmaster() {
    }

    /** Stops the postmaster a dead server left running in {@code dataDirectory}, if there is one. */
    static void stopIfAny(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<Long> pid = pidIn(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        if (inUseByALivingServer(dataDirectory)) {
            throw new IllegalStateException("Another Panelist (or seed) is using the embedded PostgreSQL in "
                    + dataDirectory + "; stop it, or give this one another PANELIST_DATA_DIR.");
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        Optional<String> command = process.flatMap(p -> p.info().command());
        if (process.isEmpty() || command.isPresent() && !isPostgres(command.get())) {
            LOG.info("Removing {}: its process {} is not a running PostgreSQL", pidFile, pid.get());
            delete(pidFile);
        } else if (isPostmasterOf(process.get(), dataDirectory)) {
            stop(process.get(), dataDirectory);
        } else {
            throw new IllegalStateException("Process " + pid.get() + ", named in " + pidFile + ", may be a PostgreSQL "
                    + "but does not look like the one of " + dataDirectory + "; stop it, or remove the file if it is not.");
        }
    }

    private static Optional<Long> pidIn(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty(); // half-written by a postmaster that died starting: PostgreSQL itself reports it
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
    }

    private static boolean inUseByALivingServer(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(EMBEDDED_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock " + lockFile, e);
        }
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postgres.exe");
    }

    /** The postmaster runs as {@code postgres -D <data directory> ...}; its children show other titles. */
    private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
        int option = arguments.indexOf("-D");
        if (option < 0 || option + 1 >= arguments.size()) {
            return false;
        }
        try {
            return Files.isSameFile(Path.of(arguments.get(option + 1)), dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        LOG.warn("A PostgreSQL (process {}) was left running in {} by a server that did not stop; stopping it",
                postmaster.pid(), dataDirectory);
        try {
            askToStop(postmaster);
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop PostgreSQL process " + postmaster.pid(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL process " + postmaster.pid() + " in " + dataDirectory
                    + " did not stop within " + STOP_WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL process " + postmaster.pid(), e);
        }
    }

    /**
     * SIGINT is PostgreSQL's fast shutdown: it ends the sessions still open, rolls back their transactions and writes
     * a checkpoint. Java itself sends only SIGTERM, a smart shutdown that waits until every client has left.
     */
    private static void askToStop(ProcessHandle postmaster) throws InterruptedException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException noKillCommand) {
            postmaster.destroy();
        }
    }

    private static void delete(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + pidFile, e);
        }
    }
}
