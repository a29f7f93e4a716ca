package io.panelist.recruiting.imports;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.openapi.Refusal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.input.LargeBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/candidates/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Candidates")
class CandidateImportController {
    private final CandidateImportService imports;

    CandidateImportController(CandidateImportService imports) {
        this.imports = imports;
    }

    /**
     * Imports candidates, all or nothing: a CSV file (header {@code name,email,phone,externalId,positionId}) or a
     * JSON array of rows with those fields, at most 10,000 rows and 10 MB. A row whose externalId is stored updates
     * that candidate; a row with a positionId applies to that position unless the candidate has an application
     * there. 422 names every bad row and column ({@code rows/17/email}).
     */
    @Post
    @Consumes({ImportFormat.TEXT_CSV, MediaType.APPLICATION_JSON})
    @Secured({"ADMIN", "RECRUITER"})
    @LargeBody
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "A row is bad (each named as rows/N/column), the header"
            + " is wrong, or there are more than 10,000 rows: nothing is written")
    @Refusal(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, when = "The body is over 10 MB")
    @Refusal(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, when = "The body is neither text/csv nor application/json")
    @RequestBody(required = true, content = {
            @Content(mediaType = ImportFormat.TEXT_CSV, schema = @Schema(type = "string",
                    example = "name,email,phone,externalId,positionId\r\nAda Lovelace,ada@example.org,,crm-1,\r\n")),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    array = @ArraySchema(schema = @Schema(implementation = ImportRow.class), maxItems = 10_000))})
    ImportReport importCandidates(HttpRequest<?> request, Authentication who) {
        ImportFormat format = ImportFormat.of(request.getContentType().orElse(null));
        return imports.importCandidates(CurrentUser.id(who), format, request.getContentLength(),
                ImportBody.streamOf(request));
    }
}
