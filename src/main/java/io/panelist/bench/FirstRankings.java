package io.panelist.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A generated data set has no stored verdicts yet: the first ranking of each position decides and stores them all, as
 * after any bulk load. That is done here, once per position and timed, so that the load measures rankings as they are
 * once a position has been ranked before.
 */
final class FirstRankings {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FirstRankings() {
    }

    static void rankEveryPositionOnce(ServerProcess server, LoadInputs inputs, PrintStream out) {
        List<Path> ranking = inputs.of(LoadScenario.RANKING);
        try {
            String token = Files.readAllLines(ranking.get(0)).get(0).trim();
            long slowest = 0;
            List<String> paths = Files.readAllLines(ranking.get(1)).stream().filter(p -> !p.isBlank()).toList();
            for (String path : paths) {
                long started = System.nanoTime();
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the first ranking of " + path + " answered "
                            + response.statusCode());
                }
                slowest = Math.max(slowest, System.nanoTime() - started);
            }
            out.printf(Locale.ROOT, "  first ranking of each of %d positions (deciding and storing its verdicts): "
                    + "slowest %,d ms%n", paths.size(), TimeUnit.NANOSECONDS.toMillis(slowest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ranking every position once", e);
        }
    }
}
