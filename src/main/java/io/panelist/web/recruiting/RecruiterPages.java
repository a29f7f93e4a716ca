package io.panelist.web.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UserSummary;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.Viewer;
import io.panelist.web.session.CsrfTokens;
import jakarta.inject.Singleton;

import java.time.ZoneId;

/** What every recruiter page needs besides its services: who may, the reader's time zone, the form's CSRF check. */
@Singleton
public class RecruiterPages {
    private final IdentityService identity;
    private final CsrfTokens csrf;

    RecruiterPages(IdentityService identity, CsrfTokens csrf) {
        this.identity = identity;
        this.csrf = csrf;
    }

    /**
     * The viewer, when they are a recruiter or an administrator; anyone else is refused with a 403 page. (A role
     * refusal by {@code @Secured} would send a page request home with a redirect instead of saying why.)
     */
    public Viewer staff(Authentication who) {
        Viewer viewer = Viewer.of(who);
        if (!viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name())) {
            throw new ForbiddenException("Candidates, applications and scheduling are for recruiters and "
                    + "administrators.");
        }
        return viewer;
    }

    /** The signed-in user's own time zone: every time on these pages is written in it. */
    public ZoneId zoneOf(Authentication who) {
        return ZoneId.of(identity.userSummary(CurrentUser.id(who)).map(UserSummary::timeZone).orElse("UTC"));
    }

    /** A form post must repeat the page's CSRF token; anything else did not come from a Panelist page. */
    public void requireToken(HttpRequest<?> request, @Nullable String token) {
        if (!csrf.matches(request, token)) {
            throw new ForbiddenException("This form did not come from a Panelist page, or the page is too old. "
                    + "Reload the page and try again.");
        }
    }
}
