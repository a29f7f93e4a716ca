package io.panelist.security;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the audit log's filters (which end of the time range is inclusive, what a date
 * means) and how question search matches: the prefix on the last word, the similar-words fallback, did-you-mean.
 */
class AuditAndSearchOpenApiTest {
    private static final OpenApiDocument DOCUMENT = OpenApiDocument.load();

    @Test
    void theAuditLogsFiltersSayWhatTheyKeepAndWhichEndOfTheRangeIsIncluded() {
        Map<String, String> parameters = descriptions("GET /api/v1/audit");

        assertThat(parameters).containsKeys("entityType", "entityId", "actorId", "action", "from", "to", "page",
                "size");
        assertThat(parameters.get("actorId")).contains("person");
        assertThat(parameters.get("action")).contains("candidate.erased");
        assertThat(parameters.get("from")).contains("inclusive", "ISO instant", "date");
        assertThat(parameters.get("to")).contains("exclusive", "date", "UTC");
        assertThat(responses("GET /api/v1/audit")).containsKeys("200", "400", "403");
        assertThat(schema("AuditEventResponse").toString()).contains("actorName", "entityName", "names",
                "Erased candidate");
    }

    @Test
    void questionSearchSaysItMatchesPrefixesSimilarWordsAndSuggestsASpelling() {
        Map<String, Object> search = DOCUMENT.operations().get("GET /api/v1/questions");

        assertThat(descriptions("GET /api/v1/questions").get("q")).contains("last word", "start with it",
                "similar", "pg_trgm", "didYouMean");
        assertThat(search.get("description").toString()).contains("matchedBy", "didYouMean");
        assertThat(schema("QuestionSearchPage").toString()).contains("matchedBy", "didYouMean");
        assertThat(schema("QuestionMatch").toString()).contains("WORDS", "SIMILAR_WORDS");
    }

    private static Map<String, String> descriptions(String operation) {
        return OpenApiDocument.parameters(DOCUMENT.operations().get(operation)).stream().collect(Collectors.toMap(
                p -> (String) p.get("name"), p -> String.valueOf(p.getOrDefault("description", ""))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(String operation) {
        return (Map<String, Object>) DOCUMENT.operations().get(operation).get("responses");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String name) {
        return ((Map<String, Map<String, Object>>) ((Map<String, Object>) DOCUMENT.root.get("components"))
                .get("schemas")).get(name);
    }
}
