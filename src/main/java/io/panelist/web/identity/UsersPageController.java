package io.panelist.web.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.identity.IdentityService;
import io.panelist.identity.LastAdminException;
import io.panelist.identity.Role;
import io.panelist.identity.UserResponse;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.web.PageViews;
import io.panelist.web.session.AdminOnly;
import io.panelist.web.session.CsrfTokens;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Users, for administrators only: the list with search and filters, creating a user, editing one, and deactivating
 * (after a confirmation) or reactivating them. Forms are plain posts carrying their CSRF token; each write goes
 * through the identity service, which audits it and ends a deactivated user's sessions.
 */
@Controller("/admin/users")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED) // ADMIN only: each page checks AdminOnly first
class UsersPageController {
    private static final String NOT_FROM_A_PAGE = "This form did not come from a Panelist page. Reload the page and "
            + "try again.";
    private final IdentityService identity;
    private final UserAdmin admin;
    private final CsrfTokens csrf;
    private final PageViews views;

    UsersPageController(IdentityService identity, UserAdmin admin, CsrfTokens csrf, PageViews views) {
        this.identity = identity;
        this.admin = admin;
        this.csrf = csrf;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request, @QueryValue @Nullable @Size(max = 200) String q,
                         @QueryValue @Nullable @Size(max = 20) String role,
                         @QueryValue @Nullable @Size(max = 20) String state, @Valid @RequestBean Paging paging,
                         Authentication who) {
        AdminOnly.check(who);
        Role chosen = role(role);
        Boolean active = switch (state == null ? "" : state) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            case "" -> null;
            default -> throw InvalidInputException.badField("state", "must be active, inactive or empty for everyone");
        };
        var page = identity.listUsers(q, chosen, active, paging);
        return views.page(request, who, "identity/users", Map.of("list", UserListView.of(page, q == null ? "" : q,
                chosen == null ? "" : chosen.name(), state == null ? "" : state)));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    HttpResponse<?> newUser(HttpRequest<?> request, Authentication who) {
        AdminOnly.check(who);
        return views.page(request, who, "identity/user-new", Map.of("form", UserFormView.blank()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, @Body UserForm form, Authentication who) {
        AdminOnly.check(who);
        requireToken(request, form.csrfToken());
        UserAdmin.Outcome outcome = admin.create(CurrentUser.id(who), form);
        if (outcome.saved() == null) {
            return views.page(request, who, outcome.status(), "identity/user-new", Map.of("form", outcome.form()));
        }
        return HttpResponse.seeOther(URI.create("/admin/users/" + outcome.saved().id() + "?done=created"));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> user(HttpRequest<?> request, UUID id, @QueryValue @Nullable @Size(max = 20) String done,
                         Authentication who) {
        AdminOnly.check(who);
        UserResponse user = identity.getUser(id);
        return userPage(request, who, HttpStatus.OK, user, UserFormView.of(user), notice(done), null);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(HttpRequest<?> request, UUID id, @Body UserForm form, Authentication who) {
        AdminOnly.check(who);
        requireToken(request, form.csrfToken());
        UserAdmin.Outcome outcome = admin.update(CurrentUser.id(who), id, form);
        if (outcome.saved() == null) {
            return userPage(request, who, outcome.status(), identity.getUser(id), outcome.form(), null, null);
        }
        return HttpResponse.seeOther(URI.create("/admin/users/" + id + "?done=saved"));
    }

    /** Asks before deactivating: what it does, and a button that does it. */
    @Get(value = "/{id}/deactivate", produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmDeactivation(HttpRequest<?> request, UUID id, Authentication who) {
        AdminOnly.check(who);
        UserResponse user = identity.getUser(id);
        return views.page(request, who, "identity/user-deactivate", Map.of("user", user,
                "self", user.id().equals(CurrentUser.id(who))));
    }

    @Post(value = "/{id}/deactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> deactivate(HttpRequest<?> request, UUID id, @Body StateForm form, Authentication who) {
        AdminOnly.check(who);
        return changeState(request, id, form, who, false);
    }

    @Post(value = "/{id}/reactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reactivate(HttpRequest<?> request, UUID id, @Body StateForm form, Authentication who) {
        AdminOnly.check(who);
        return changeState(request, id, form, who, true);
    }

    private HttpResponse<?> changeState(HttpRequest<?> request, UUID id, StateForm form, Authentication who,
                                        boolean active) {
        requireToken(request, form.csrfToken());
        try {
            admin.setActive(CurrentUser.id(who), id, form.version(), active);
        } catch (LastAdminException | StaleVersionException e) {
            UserResponse user = identity.getUser(id);
            String message = e instanceof StaleVersionException
                    ? "Someone else changed this user in the meantime, so nothing was changed. Here is the user as "
                    + "they are now; try again if you still want to."
                    : e.getMessage() + " Nothing was changed.";
            return userPage(request, who, HttpStatus.CONFLICT, user, UserFormView.of(user), null, message);
        }
        return HttpResponse.seeOther(URI.create("/admin/users/" + id + (active ? "?done=reactivated" : "?done=deactivated")));
    }

    private HttpResponse<?> userPage(HttpRequest<?> request, Authentication who, HttpStatus status, UserResponse user,
                                     UserFormView form, @Nullable String notice, @Nullable String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("form", form);
        model.put("notice", notice);
        model.put("problem", problem);
        model.put("created", UserWording.when(user.createdAt(), identity.me(CurrentUser.id(who)).timeZone()));
        model.put("self", user.id().equals(CurrentUser.id(who)));
        return views.page(request, who, status, "identity/user", model);
    }

    private void requireToken(HttpRequest<?> request, @Nullable String token) {
        if (!csrf.matches(request, token)) {
            throw new ForbiddenException(NOT_FROM_A_PAGE);
        }
    }

    @Nullable
    private static Role role(@Nullable String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badField("role", "must be ADMIN, RECRUITER, INTERVIEWER or HIRING_MANAGER");
        }
    }

    @Nullable
    private static String notice(@Nullable String done) {
        return switch (done == null ? "" : done) {
            case "created" -> "User created. They can sign in now with the password you chose.";
            case "saved" -> "Saved.";
            case "deactivated" -> "Deactivated. They were signed out everywhere and cannot sign in until reactivated.";
            case "reactivated" -> "Reactivated. They can sign in again.";
            default -> null;
        };
    }
}
