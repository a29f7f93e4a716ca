package io.panelist.questionbank.packs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.questionbank.BankRoles;
import io.panelist.questionbank.BankRules;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Controller("/api/v1/question-packs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Question bank")
class QuestionPackController {
    private final QuestionPackService packs;

    QuestionPackController(QuestionPackService packs) {
        this.packs = packs;
    }

    /** The whole bank, or one topic ({@code ?topic=key}), as a pack document that can be imported elsewhere. */
    @Get("/export")
    PackDocument export(@QueryValue @Nullable @Size(max = BankRules.TOPIC_KEY_MAX) String topic) {
        return packs.exportPack(topic);
    }

    /** Imports a pack all or nothing: 422 lists every problem with its JSON pointer and writes nothing. */
    @Post
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The pack is not valid; the problem lists each"
            + " problem with its JSON pointer, and nothing is written")
    @Secured({BankRoles.ADMIN, BankRoles.INTERVIEWER, BankRoles.HIRING_MANAGER})
    PackImportResult importPack(@Body @NotNull PackDocument pack, Authentication who) {
        return packs.importPack(CurrentUser.id(who), pack);
    }
}
