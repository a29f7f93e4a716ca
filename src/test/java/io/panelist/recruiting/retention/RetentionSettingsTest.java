package io.panelist.recruiting.retention;

import io.micronaut.context.ApplicationContext;
import io.panelist.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings as an operator writes them: a setting that cannot be read stops the start rather than keeping data. */
class RetentionSettingsTest {
    @Test
    void theVariablesReachTheSettingsAndTheFirstCheckComesWithinAMinute() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("panelist.retention.after-close", "P365D");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).build().start()) {
            RetentionSettings settings = context.createBean(RetentionSettings.class);
            assertThat(settings.afterClose()).contains(Duration.ofDays(365));
            assertThat(settings.checkEvery).isEqualTo(Duration.ofDays(1));
            assertThat(settings.firstCheck()).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Test
    void withoutTheSettingNothingIsDueAndAShortCheckIsItsOwnFirst() {
        RetentionSettings settings = new RetentionSettings(null, "PT2S");
        assertThat(settings.afterClose()).isEmpty();
        assertThat(settings.firstCheck()).isEqualTo(Duration.ofSeconds(2));
        assertThat(new RetentionSettings(" ", "P1D").afterClose()).isEmpty();
    }

    @Test
    void theAuditEventSaysTheSettingAsUsuallyWritten() {
        assertThat(CandidateRetention.asWritten(Duration.ofDays(365))).isEqualTo("P365D");
        assertThat(CandidateRetention.asWritten(Duration.ofHours(36))).isEqualTo("PT36H");
    }

    @Test
    void unreadableZeroAndNegativeSettingsStopTheStart() {
        for (String bad : new String[] {"P2Y", "a year", "365", "PT0S", "-P1D"}) {
            assertThatThrownBy(() -> new RetentionSettings(bad, "P1D")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PANELIST_RETENTION_AFTER_CLOSE");
        }
        for (String bad : new String[] {"PT0.5S", "daily"}) {
            assertThatThrownBy(() -> new RetentionSettings("P365D", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PANELIST_RETENTION_CHECK_EVERY");
        }
    }
}
