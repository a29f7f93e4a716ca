package io.panelist.shared.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;

import java.util.regex.Pattern;

/** Slugs and plain-words details for the errors the framework raises before our code runs. */
final class FrameworkProblems {
    private static final Pattern CLASS_NAMES = Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*`?");
    private static final int MAX_DETAIL = 300;

    private FrameworkProblems() {
    }

    static String slug(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            default -> status.getCode() >= 500 ? "internal-error" : "client-error";
        };
    }

    static String detail(HttpStatus status, ErrorContext context) {
        return switch (status) {
            case UNAUTHORIZED -> "Sign in first: this needs a valid bearer token.";
            case FORBIDDEN -> "You are signed in, but this is not yours to do.";
            case NOT_FOUND -> "There is nothing at " + context.getRequest().getPath() + ".";
            case METHOD_NOT_ALLOWED -> context.getRequest().getMethodName() + " is not allowed on "
                    + context.getRequest().getPath() + ".";
            case UNSUPPORTED_MEDIA_TYPE -> "This endpoint takes application/json.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request is larger than Panelist accepts (a body of at most 1 MB).";
            case SERVICE_UNAVAILABLE -> "Panelist cannot reach its database right now. Try again shortly.";
            default -> status.getCode() >= 500
                    ? "Something went wrong on our side. Quote the request id when you report it."
                    : firstMessage(context);
        };
    }

    static String databaseDetail(HttpStatus status) {
        return switch (status) {
            case CONFLICT -> "The request conflicts with data already stored (a uniqueness or consistency rule). "
                    + "Reload and try again.";
            case BAD_REQUEST -> "The request holds a value the database cannot store, such as a NUL character.";
            default -> "Panelist cannot reach its database right now. Try again shortly.";
        };
    }

    private static String firstMessage(ErrorContext context) {
        String message = context.getErrors().stream().map(Error::getMessage).findFirst()
                .orElse("The request could not be understood.");
        return clean(message);
    }

    /** Framework messages may name internal classes and echo whole inputs; keep them short and ours. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "The request could not be understood.";
        }
        String cleaned = CLASS_NAMES.matcher(message).replaceAll("value");
        if (cleaned.startsWith("Invalid JSON") || cleaned.contains("JSON")) {
            return "The request body is not valid JSON for this endpoint.";
        }
        return cleaned.length() > MAX_DETAIL ? cleaned.substring(0, MAX_DETAIL) + "..." : cleaned;
    }
}
