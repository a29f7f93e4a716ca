package io.panelist.web.recruiting;

import io.panelist.recruiting.candidates.SaveCandidateRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.LinkedHashMap;
import java.util.Map;

/** The API's own rules for a candidate (the request's constraints), told in plain words per field. */
final class CandidateChecks {
    private CandidateChecks() {
    }

    static Map<String, String> problems(Validator validator, SaveCandidateRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<SaveCandidateRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            problems.putIfAbsent(field, plain(field, request));
        }
        return problems;
    }

    private static String plain(String field, SaveCandidateRequest request) {
        return switch (field) {
            case "name" -> request.name() == null || request.name().isBlank() ? "Enter the candidate's name."
                    : "The name is at most 200 characters and plain text.";
            case "email" -> "Enter a valid email address (at most 254 characters), or leave it empty.";
            case "phone" -> "A phone number has digits, spaces and + ( ) . / - only, at most 50 characters.";
            case "source" -> "Where they came from is at most 2000 characters.";
            default -> "Check this field.";
        };
    }
}
