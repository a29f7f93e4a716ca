package io.panelist.web.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
                "early: 2 of 5 candidates", "the panel&#39;s average", "class=\"interval\"")
                .doesNotContain("below 0 (");
        assertThat(page.split("class=\"no-agreement\"", -1)).hasSize(negative + 1);
        assertThat(page).doesNotContainPattern("class=\"bar\"[^>]*width=\"0\"");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('-', '−');
    }
}
