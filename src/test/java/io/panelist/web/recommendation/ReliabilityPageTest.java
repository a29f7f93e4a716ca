package io.panelist.web.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The position page's reliability over HTTP, on the demo: two candidates, Jordan Lee and Priya Sharma, with Ana and
 * Ben on every round. Priya's panel splits on the technical round's first topic (4 and 1) where Jordan's agrees
 * more (4 and 3), so that topic's ICC is negative; the page must say "no agreement" there, never draw an empty bar,
 * give each interval in words, and say that two candidates are not enough.
 */
class ReliabilityPageTest extends ManagerWebTest {

    @Test
    void theManagerReadsAgreementTheIntervalAndThatTwoCandidatesAreNotEnough() {
        JsonNode topics = api.get("/api/v1/positions/" + positionId() + "/reliability",
                api.login("manager@example.com", DEMO_PASSWORD)).json().get("topics");
        List<String> intervals = new ArrayList<>();
        int negative = 0;
        for (JsonNode topic : topics) {
            if (!topic.get("ci95Low").isNull()) {
                intervals.add("between " + number(topic.get("ci95Low").asDouble()) + " and "
                        + number(topic.get("ci95High").asDouble()) + ", 95% sure");
            }
            negative += !topic.get("icc").isNull() && topic.get("icc").asDouble() < 0 ? 1 : 0;
            assertThat(topic.get("enoughData").asBoolean()).isFalse();
        }

        Answer ranking = signIn("manager@example.com").page("/positions/" + positionId());

        assertThat(negative).isPositive();
        assertThat(intervals).isNotEmpty();
        String page = ranking.text();
        assertThat(page).contains(intervals.toArray(String[]::new));
        assertThat(page).contains("No agreement (−", "no agreement (−",
                "Not enough data yet to rely on: only 2 candidates, at least 5 are needed.",
                ", early<", "2 of 5 candidates, ", "the panel&#39;s average", "class=\"interval\"")
                .doesNotContain("below 0 (");
        assertThat(page.split("class=\"no-agreement\"", -1)).hasSize(negative + 1);
        assertThat(page).doesNotContainPattern("class=\"bar\"[^>]*width=\"0\"");
    }

    @Test
    void withFiveCandidatesOnATopicThePageNoLongerCallsItEarly() {
        // Mateo, Chloe and a new candidate get a held first round with Ana (4 on every topic) and Ben (3): the first
        // stage's topics then have 5 candidates with two scores or more.
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        String candidate = api.post("/api/v1/candidates", admin, Map.of("name", "Sam Okafor")).json().get("id")
                .asText();
        UUID sam = UUID.fromString(api.post("/api/v1/applications", admin, Map.of("candidateId", candidate,
                "positionId", positionId())).json().get("id").asText());
        List<UUID> scored = List.of(application("Mateo García").id(), application("Chloe Martin").id(), sam);
        for (int i = 0; i < scored.size(); i++) {
            String round = heldFirstRound(admin, scored.get(i), Instant.parse("2026-01-05T08:00:00Z")
                    .plus(Duration.ofHours(2L * i)));
            completeAndSubmit(api.login("ana@example.com", DEMO_PASSWORD), round, 4, "Solid.");
            completeAndSubmit(api.login("ben@example.com", DEMO_PASSWORD), round, 3, "Fine.");
        }
        JsonNode topics = api.get("/api/v1/positions/" + positionId() + "/reliability", admin).json().get("topics");
        int early = 0;
        int enough = 0;
        for (JsonNode topic : topics) {
            early += topic.get("enoughData").asBoolean() ? 0 : 1;
            enough += topic.get("enoughData").asBoolean() && topic.get("targets").asInt() >= 5 ? 1 : 0;
        }

        String page = signIn("manager@example.com").page("/positions/" + positionId()).text();

        assertThat(enough).isPositive();
        assertThat(page.split("Not enough data yet to rely on", -1)).hasSize(early + 1);
        assertThat(page.split(", early<", -1)).hasSizeLessThanOrEqualTo(early + 1);
        assertThat(page).contains("5 candidates, ");
    }

    private String heldFirstRound(String admin, UUID applicationId, Instant start) {
        UUID stage = plans.getPlan(admin(), application(applicationId).planId()).stages().get(0).id();
        return api.post("/api/v1/interviews", admin, Map.of("applicationId", applicationId, "stageId", stage,
                "startsAt", start.toString(), "endsAt", start.plusSeconds(3600).toString(), "timeZone", "UTC",
                "panelistIds", List.of(userId("ana@example.com"), userId("ben@example.com")), "allowPast", true))
                .json().get("id").asText();
    }

    private io.panelist.recruiting.ApplicationResponse application(UUID id) {
        return applications.getApplication(admin(), id);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('-', '−');
    }
}
