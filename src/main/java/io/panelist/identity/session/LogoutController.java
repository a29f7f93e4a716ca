package io.panelist.identity.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.shared.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Sign-in")
class LogoutController {
    private final SessionService sessions;

    LogoutController(SessionService sessions) {
        this.sessions = sessions;
    }

    /**
     * Revokes the refresh tokens of this session ({@code ?everywhere=true}: of every session of the caller).
     * Access tokens already issued lapse within their 15 minutes.
     */
    @Post
    @Status(HttpStatus.NO_CONTENT)
    void logout(@QueryValue @Nullable Boolean everywhere, Authentication who) {
        boolean all = Boolean.TRUE.equals(everywhere) || Sessions.sessionId(who) == null;
        sessions.endSessions(CurrentUser.id(who), all ? null : Sessions.sessionId(who));
    }
}
