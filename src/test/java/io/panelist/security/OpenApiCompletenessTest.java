package io.panelist.security;

import io.panelist.shared.problem.Problem;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document tells an integrator every answer: each operation has a summary, lists each error its
 * declaration implies (401 and 403 unless open to anyone, 400 for input, 404 for an id in the path, 412 and 428 for a
 * required If-Match) and every answer {@link AccessMatrix} proves over HTTP (201 for creates included), each error as
 * application/problem+json with the one Problem schema. A new endpoint is held to this without a line here.
 */
class OpenApiCompletenessTest {
    /**
     * The PUT and PATCH that need no version: one's own profile and password, the candidate's move of their booking
     * through its secret link (the candidate never sees the interview's version), and the external-id upsert, which
     * is idempotent by design.
     */
    static final Set<String> UNVERSIONED_WRITES = Set.of("PUT /api/v1/me", "PUT /api/v1/me/password",
            "PUT /api/v1/public/scheduling/{token}/booking", "PUT /api/v1/candidates/by-external-id/{externalId}");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final OpenApiDocument document = OpenApiDocument.load();

    @Test
    void everyOperationHasASummary() {
        List<String> without = document.operations().entrySet().stream()
                .filter(e -> !(e.getValue().get("summary") instanceof String s) || s.isBlank())
                .map(Map.Entry::getKey).toList();
        assertThat(without).as("operations without a summary").isEmpty();
    }

    @Test
    void everyOperationListsTheErrorsItsDeclarationImplies() {
        assertThat(document.operations()).as("operations in the document").hasSizeGreaterThan(90);
        List<String> missing = new ArrayList<>();
        document.operations().forEach((name, operation) -> {
            Set<String> expected = new TreeSet<>();
            if (!OpenApiDocument.isOpen(operation)) {
                expected.addAll(List.of("401", "403"));
            }
            List<Map<String, Object>> parameters = OpenApiDocument.parameters(operation);
            if (operation.containsKey("requestBody")
                    || parameters.stream().anyMatch(p -> Set.of("path", "query").contains(p.get("in")))) {
                expected.add("400");
            }
            if (name.contains("{")) {
                expected.add("404");
            }
            OpenApiDocument.ifMatch(operation).ifPresent(ifMatch -> {
                expected.add("412");
                if (Boolean.TRUE.equals(ifMatch.get("required"))) {
                    expected.add("428");
                }
            });
            expected.removeAll(OpenApiDocument.responses(operation).keySet());
            if (!expected.isEmpty()) {
                missing.add(name + " lacks " + expected);
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyErrorAnswerIsAProblemWithTheSharedSchema() {
        List<String> wrong = new ArrayList<>();
        document.operations().forEach((name, operation) -> OpenApiDocument.responses(operation).forEach((code, answer) -> {
            if (!code.startsWith("4")) {
                return;
            }
            Map<String, Object> content = (Map<String, Object>) answer.getOrDefault("content", Map.of());
            Object schema = content.get("application/problem+json") instanceof Map<?, ?> media ? media.get("schema") : null;
            if (content.size() != 1 || !(schema instanceof Map<?, ?> ref) || !PROBLEM_REF.equals(ref.get("$ref"))
                    || !(answer.get("description") instanceof String description) || description.isBlank()) {
                wrong.add(name + " " + code + ": " + answer);
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProblemSchemaDescribesTheProblemRecordEveryErrorCarries() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.root.get("components"))
                .get("schemas");
        Map<String, Object> problem = (Map<String, Object>) schemas.get("Problem");
        assertThat(problem).as("components.schemas.Problem").isNotNull();
        assertThat(((Map<String, Object>) problem.get("properties")).keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Problem.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void everyPutAndPatchOfAVersionedResourceRequiresIfMatch() {
        List<String> without = document.operations().keySet().stream()
                .filter(name -> name.startsWith("PUT ") || name.startsWith("PATCH "))
                .filter(name -> !UNVERSIONED_WRITES.contains(name))
                .filter(name -> !document.operationsRequiringIfMatch().contains(name)).toList();
        assertThat(without).as("versioned writes that do not require If-Match (declare the header without @Nullable and"
                + " read it with ETags.required), or writes to add to UNVERSIONED_WRITES with the reason").isEmpty();
    }

    @Test
    void everyAnswerTheAccessMatrixProvesIsDocumented() {
        Map<String, Map<String, Object>> operations = document.operations();
        List<String> undocumented = new ArrayList<>();
        for (Row row : AccessMatrix.rows()) {
            Set<String> documented = OpenApiDocument.responses(operations.get(row.operation())).keySet();
            Set<String> proven = new TreeSet<>();
            row.expected.values().forEach(status -> proven.add(String.valueOf(status)));
            proven.removeAll(documented);
            if (!proven.isEmpty()) {
                undocumented.add(row.operation() + " answers " + proven + " but documents only " + documented);
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void exactlyTheRoutesOpenToAnyoneNeedNoToken() {
        Map<String, Map<String, Object>> operations = document.operations();
        List<String> wrong = AccessMatrix.rows().stream()
                .filter(row -> (row.expected.get(Caller.ANONYMOUS) != 401) != OpenApiDocument.isOpen(
                        operations.get(row.operation())))
                .map(Row::operation).toList();
        assertThat(wrong).as("open in the matrix but documented with a token, or the other way round").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBearerSchemeIsDeclaredForEverythingElse() {
        Map<String, Object> schemes = (Map<String, Object>) ((Map<String, Object>) document.root.get("components"))
                .get("securitySchemes");
        assertThat((Map<String, Object>) schemes.get("bearerAuth")).containsEntry("type", "http")
                .containsEntry("scheme", "bearer");
        assertThat((List<Map<String, Object>>) document.root.get("security")).containsExactly(Map.of("bearerAuth",
                List.of()));
    }
}
