package io.panelist.web.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.panelist.questionbank.QuestionResponse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The edit form as shown: the values (as read, or as typed), problems by field, a message for the whole form, and
 * when someone else saved first, what their revision now says.
 */
record QuestionFormView(UUID id, String topicKey, String level, String kind, String prompt, String guidance,
                        String followUps, String tags, String minutes, String version,
                        Map<String, String> errors, @Nullable String message, @Nullable QuestionResponse theirs,
                        List<QuestionBankWording.Option> topics, List<QuestionBankWording.Option> levels,
                        List<QuestionBankWording.Option> kinds) {
    QuestionFormView {
        errors = Map.copyOf(errors);
    }

    static QuestionFormView of(QuestionResponse question, List<QuestionBankWording.Option> topics) {
        return new QuestionFormView(question.id(), question.topicKey(), question.level().name(),
                question.kind().name(), question.prompt(), question.guidance(), String.join("\n", question.followUps()),
                String.join(", ", question.tags()), String.valueOf(question.minutes()),
                String.valueOf(question.version()), Map.of(), null, null, topics, QuestionBankWording.levels(),
                QuestionBankWording.kinds());
    }

    /** The form again with what was typed, its problems and a message; {@code version} may move on to a newer one. */
    static QuestionFormView typed(UUID id, QuestionForm form, String version, Map<String, String> errors,
                                  String message, @Nullable QuestionResponse theirs, List<QuestionBankWording.Option> topics) {
        return new QuestionFormView(id, text(form.topicKey()), text(form.level()), text(form.kind()),
                text(form.prompt()), text(form.guidance()), text(form.followUps()), text(form.tags()),
                text(form.minutes()), version, errors, message, theirs, topics, QuestionBankWording.levels(),
                QuestionBankWording.kinds());
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
