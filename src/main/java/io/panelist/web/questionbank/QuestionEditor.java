package io.panelist.web.questionbank;

import io.panelist.web.FormFields;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.panelist.questionbank.Level;
import io.panelist.questionbank.QuestionKind;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.SaveQuestionRequest;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Turns the posted edit form into the API's request, checks it with the same constraints the API applies, and saves
 * it as a new revision through the question service. What cannot be saved comes back as the form with its problems.
 */
@Singleton
class QuestionEditor {
    private static final String FIX_FIELDS = "Nothing was saved. Fix the fields marked below and save again.";
    private final QuestionService questions;
    private final Validator validator;

    QuestionEditor(QuestionService questions, Validator validator) {
        this.questions = questions;
        this.validator = validator;
    }

    /** Either the saved revision, or the form to show again with the status to answer. */
    record Outcome(@Nullable QuestionResponse saved, @Nullable QuestionFormView form, HttpStatus status) {
    }

    Outcome revise(UUID actorId, UUID id, QuestionForm form, List<QuestionBankWording.Option> topics) {
        Map<String, String> errors = new LinkedHashMap<>();
        SaveQuestionRequest request = request(form, errors);
        validator.validate(request).forEach(v -> errors.putIfAbsent(FormFields.field(v), words(v)));
        OptionalLong version = FormFields.version(form.version());
        if (version.isEmpty()) {
            return refused(id, form, errors, "This form is missing the version it was read at. Reload the page and "
                    + "edit again.", topics);
        }
        if (!errors.isEmpty()) {
            return refused(id, form, errors, FIX_FIELDS, topics);
        }
        try {
            return new Outcome(questions.reviseQuestion(actorId, id, version, request), null, HttpStatus.OK);
        } catch (StaleVersionException e) {
            QuestionResponse theirs = questions.getQuestion(id, null);
            String message = "Someone else saved revision " + theirs.currentRevision() + " of this question while you "
                    + "were editing, so yours was not saved. Their text is shown below; your text is still in the "
                    + "form. Save again to make yours the next revision, or reload to start from theirs.";
            return new Outcome(null, QuestionFormView.typed(id, form, String.valueOf(theirs.version()), Map.of(),
                    message, theirs, topics), HttpStatus.CONFLICT);
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> errors.putIfAbsent(p.field(),
                    p.field().equals("topicKey") ? "must be one of the bank's topics" : p.message()));
            return refused(id, form, errors, e.getMessage() + " Nothing was saved.", topics);
        }
    }

    private static Outcome refused(UUID id, QuestionForm form, Map<String, String> errors, String message,
                                   List<QuestionBankWording.Option> topics) {
        return new Outcome(null, QuestionFormView.typed(id, form, text(form.version()), errors, message, null, topics),
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The request as far as the text allows; a level, kind or minutes that cannot be read is noted and left out. */
    private static SaveQuestionRequest request(QuestionForm form, Map<String, String> errors) {
        Level level = parse(Level.class, form.level(), "level", "choose Junior, Mid-level or Senior", errors);
        QuestionKind kind = parse(QuestionKind.class, form.kind(), "kind",
                "choose Concept, Coding, Design or Behavioral", errors);
        Integer minutes = null;
        try {
            minutes = Integer.valueOf(text(form.minutes()).trim());
        } catch (NumberFormatException e) {
            errors.put("minutes", "must be a whole number of minutes from 1 to 90");
        }
        List<String> followUps = text(form.followUps()).lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<String> tags = Arrays.stream(text(form.tags()).split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        String topicKey = text(form.topicKey()).trim();
        return new SaveQuestionRequest(null, topicKey, level, kind, text(form.prompt()), text(form.guidance()),
                followUps, tags, minutes);
    }

    @Nullable
    private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field, String message,
                                               Map<String, String> errors) {
        try {
            return Enum.valueOf(type, text(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** A constraint's complaint in the words the form uses. */
    private static String words(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        return switch (constraint) {
            case "NotNull", "NotBlank", "HasText" -> "must not be empty";
            case "Size" -> violation.getInvalidValue() instanceof java.util.Collection<?>
                    ? "must be at most " + max + " items" : "must be at most " + max + " characters";
            case "Min", "Max" -> "must be from 1 to 90";
            case "Pattern" -> violation.getInvalidValue() instanceof String tag
                    ? "“" + tag + "” " + violation.getMessage() : violation.getMessage();
            default -> violation.getMessage();
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
