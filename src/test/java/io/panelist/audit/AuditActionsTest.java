package io.panelist.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit filter's list of actions holds every action a source records, and nothing else. */
class AuditActionsTest {
    private static final Pattern ACTION = Pattern.compile("\"([a-z]+(\\.[a-z-]+)+)\"");

    @Test
    void everyActionTheSourcesRecordIsKnownToTheFilter() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/panelist"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("audit.record(") || source.contains("audit.recordEach(")) {
                    Matcher matcher = ACTION.matcher(source);
                    while (matcher.find()) {
                        recorded.add(matcher.group(1));
                    }
                }
            }
        }

        assertThat(recorded).hasSizeGreaterThan(40);
        assertThat(AuditActions.KNOWN).as("AuditActions.KNOWN").containsAll(recorded);
        assertThat(recorded).as("actions no source records any more").containsAll(AuditActions.KNOWN);
    }

    @Test
    void anExactActionOrAPrefixOfOneIsAccepted() {
        assertThat(AuditActions.accepts("candidate.erased")).isTrue();
        assertThat(AuditActions.accepts("candidate.")).isTrue();
        assertThat(AuditActions.accepts("scheduling.link-")).isFalse();
        assertThat(AuditActions.accepts("candidate")).isFalse();
        assertThat(AuditActions.accepts("candidate.exploded")).isFalse();
        assertThat(AuditActions.prefixes()).contains("candidate.", "scorecards.", "user.");
    }
}
