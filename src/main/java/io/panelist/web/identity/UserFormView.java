package io.panelist.web.identity;

import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.Role;
import io.panelist.identity.UserResponse;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A user's form as shown: values as read or as typed, problems by field, and a message for the whole form. */
record UserFormView(boolean creating, String email, String displayName, String timeZone, String weeklyInterviewLimit,
                    String version, List<RoleChoice> roles, Map<String, String> errors, @Nullable String message,
                    List<String> timeZones) {
    UserFormView {
        errors = Map.copyOf(errors);
    }

    /** One role's checkbox. */
    record RoleChoice(String field, String label, String hint, boolean checked) {
    }

    static UserFormView blank() {
        return new UserFormView(true, "", "", "UTC", "", "", choices(List.of(Role.INTERVIEWER)), Map.of(), null,
                UserWording.TIME_ZONES);
    }

    static UserFormView of(UserResponse user) {
        return new UserFormView(false, user.email(), user.displayName(), user.timeZone(),
                user.weeklyInterviewLimit() == null ? "" : String.valueOf(user.weeklyInterviewLimit()),
                String.valueOf(user.version()), choices(user.roles()), Map.of(), null, UserWording.TIME_ZONES);
    }

    static UserFormView typed(boolean creating, UserForm form, Map<String, String> errors, @Nullable String message) {
        return new UserFormView(creating, text(form.email()), text(form.displayName()), text(form.timeZone()),
                text(form.weeklyInterviewLimit()), text(form.version()), choices(form.roles()), errors, message,
                UserWording.TIME_ZONES);
    }

    /** A problem as the list above the form names it, linking to its field. */
    record Problem(String target, String label, String message) {
    }

    public List<Problem> problems() {
        return errors.entrySet().stream().map(e -> new Problem(target(e.getKey()), label(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing(Problem::target)).toList();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    private static List<RoleChoice> choices(Collection<Role> held) {
        return Arrays.stream(Role.values()).map(role -> new RoleChoice(field(role), UserWording.role(role),
                hint(role), held.contains(role))).toList();
    }

    private static String field(Role role) {
        return switch (role) {
            case ADMIN -> "roleAdmin";
            case RECRUITER -> "roleRecruiter";
            case INTERVIEWER -> "roleInterviewer";
            case HIRING_MANAGER -> "roleHiringManager";
        };
    }

    private static String hint(Role role) {
        return switch (role) {
            case ADMIN -> "manages users, reads the audit log, does everything else";
            case RECRUITER -> "positions, candidates, scheduling";
            case INTERVIEWER -> "sits on panels, scores, curates the question bank";
            case HIRING_MANAGER -> "owns positions and plans, records decisions";
        };
    }

    private static String target(String field) {
        return field.equals("roles") ? "user-roleAdmin" : "user-" + field;
    }

    private static String label(String field) {
        return switch (field) {
            case "displayName" -> "Display name";
            case "email" -> "Email";
            case "password" -> "Password";
            case "roles" -> "Roles";
            case "timeZone" -> "Time zone";
            case "weeklyInterviewLimit" -> "Weekly interview limit";
            default -> field;
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
