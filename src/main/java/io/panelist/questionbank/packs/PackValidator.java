package io.panelist.questionbank.packs;

import io.panelist.questionbank.BankRules;
import io.panelist.shared.input.HasTextValidator;
import io.panelist.shared.problem.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a whole pack before anything is written, naming every problem by its JSON pointer. Pure. */
final class PackValidator {
    private static final Set<String> LEVELS = Set.of("JUNIOR", "MID", "SENIOR");
    private static final Set<String> KINDS = Set.of("CONCEPT", "CODING", "DESIGN", "BEHAVIORAL");
    private final List<FieldProblem> problems = new ArrayList<>();

    private PackValidator() {
    }

    /** @param knownTopicKeys topic keys that already exist in the bank */
    static List<FieldProblem> validate(PackDocument pack, Set<String> knownTopicKeys) {
        PackValidator validator = new PackValidator();
        validator.check(pack, knownTopicKeys);
        return List.copyOf(validator.problems);
    }

    private void check(PackDocument pack, Set<String> knownTopicKeys) {
        if (!PackDocument.FORMAT.equals(pack.format())) {
            problem("/format", "must be " + PackDocument.FORMAT);
        }
        Set<String> topicKeys = new HashSet<>(knownTopicKeys);
        Set<String> packTopicKeys = new HashSet<>();
        for (int i = 0; i < pack.topicList().size(); i++) {
            PackDocument.PackTopic topic = pack.topicList().get(i);
            String at = "/topics/" + i;
            if (topic == null) {
                problem(at, "must be a topic");
                continue;
            }
            if (key(at + "/key", topic.key(), BankRules.TOPIC_KEY_MAX) && !packTopicKeys.add(topic.key())) {
                problem(at + "/key", "appears twice in the pack");
            }
            topicKeys.add(topic.key());
            text(at + "/name", topic.name(), true, BankRules.NAME_MAX);
            text(at + "/description", topic.description(), false, BankRules.DESCRIPTION_MAX);
            anchors(at + "/anchors", topic.anchors());
        }
        Set<String> questionKeys = new HashSet<>();
        for (int i = 0; i < pack.questionList().size(); i++) {
            question("/questions/" + i, pack.questionList().get(i), topicKeys, questionKeys);
        }
    }

    private void question(String at, PackDocument.PackQuestion question, Set<String> topicKeys,
                          Set<String> questionKeys) {
        if (question == null) {
            problem(at, "must be a question");
            return;
        }
        if (key(at + "/key", question.key(), BankRules.QUESTION_KEY_MAX) && !questionKeys.add(question.key())) {
            problem(at + "/key", "appears twice in the pack");
        }
        if (question.topicKey() == null || !topicKeys.contains(question.topicKey())) {
            problem(at + "/topicKey", "must name a topic of the pack or of the bank");
        }
        oneOf(at + "/level", question.level(), LEVELS);
        oneOf(at + "/kind", question.kind(), KINDS);
        text(at + "/prompt", question.prompt(), true, BankRules.PROMPT_MAX);
        text(at + "/guidance", question.guidance(), true, BankRules.GUIDANCE_MAX);
        list(at + "/followUps", question.followUps(), BankRules.FOLLOW_UPS_MAX, BankRules.FOLLOW_UP_MAX, null);
        list(at + "/tags", question.tags(), BankRules.TAGS_MAX, BankRules.TAG_MAX, BankRules.TAG);
        Integer minutes = PackDocument.integer(question.minutes());
        if (minutes == null || minutes < BankRules.MINUTES_MIN || minutes > BankRules.MINUTES_MAX) {
            problem(at + "/minutes", "must be between " + BankRules.MINUTES_MIN + " and " + BankRules.MINUTES_MAX);
        }
    }

    private void anchors(String at, List<PackDocument.PackAnchor> anchors) {
        if (anchors == null || anchors.size() != 4) {
            problem(at, "must hold exactly four anchors, one per score 1..4");
            return;
        }
        Set<Integer> scores = new HashSet<>();
        for (int i = 0; i < anchors.size(); i++) {
            PackDocument.PackAnchor anchor = anchors.get(i);
            if (anchor == null) {
                problem(at + "/" + i, "must be an anchor");
                continue;
            }
            Integer score = PackDocument.integer(anchor.score());
            if (score == null || score < 1 || score > 4 || !scores.add(score)) {
                problem(at + "/" + i + "/score", "must be one of 1, 2, 3, 4, each once");
            }
            text(at + "/" + i + "/label", anchor.label(), false, BankRules.LABEL_MAX);
            text(at + "/" + i + "/descriptor", anchor.descriptor(), true, BankRules.DESCRIPTOR_MAX);
        }
    }

    private boolean key(String at, String value, int max) {
        if (value == null || value.length() > max || !BankRules.KEY.matcher(value).matches()) {
            problem(at, "must be a lowercase slug of at most " + max + " characters");
            return false;
        }
        return true;
    }

    private void text(String at, String value, boolean required, int max) {
        if (required && !HasTextValidator.hasText(value)) {
            problem(at, "must contain text (and no NUL characters)");
        } else if (value != null && value.indexOf('\u0000') >= 0) {
            problem(at, "must not contain NUL characters");
        } else if (value != null && value.length() > max) {
            problem(at, "must be at most " + max + " characters");
        }
    }

    private void oneOf(String at, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            problem(at, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    private void list(String at, List<String> values, int maxItems, int maxLength, Pattern pattern) {
        if (values == null) {
            return;
        }
        if (values.size() > maxItems) {
            problem(at, "must hold at most " + maxItems + " items");
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            text(at + "/" + i, value, true, maxLength);
            if (value != null && pattern != null && !pattern.matcher(value.trim().toLowerCase(java.util.Locale.ROOT)).matches()) {
                problem(at + "/" + i, "must be a short word such as jwt");
            }
        }
    }

    private void problem(String pointer, String message) {
        problems.add(new FieldProblem(pointer, message));
    }
}
