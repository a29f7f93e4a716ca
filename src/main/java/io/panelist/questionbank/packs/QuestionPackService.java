package io.panelist.questionbank.packs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.questionbank.Level;
import io.panelist.questionbank.Question;
import io.panelist.questionbank.QuestionKind;
import io.panelist.questionbank.QuestionRepository;
import io.panelist.questionbank.QuestionRow;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.SaveQuestionRequest;
import io.panelist.questionbank.topics.AnchorInput;
import io.panelist.questionbank.topics.Rubrics;
import io.panelist.questionbank.topics.SaveTopicRequest;
import io.panelist.questionbank.topics.TopicRepository;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicRow;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Question packs: a whole bank (or one topic) as one JSON document, exported and imported all or nothing. */
@Singleton
public class QuestionPackService {
    private final TopicService topics;
    private final QuestionService questions;
    private final TopicRepository topicRows;
    private final QuestionRepository questionRows;
    private final Rubrics rubrics;
    private final AuditService audit;
    private final Clock clock;

    QuestionPackService(TopicService topics, QuestionService questions, TopicRepository topicRows,
                        QuestionRepository questionRows, Rubrics rubrics, AuditService audit, Clock clock) {
        this.topics = topics;
        this.questions = questions;
        this.topicRows = topicRows;
        this.questionRows = questionRows;
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The bank, or one topic of it, with every question at its current revision. */
    @ReadOnly
    public PackDocument exportPack(@Nullable String topicKey) {
        List<PackDocument.PackTopic> packTopics = topicRows.exportRows(topicKey).stream().map(this::packTopic).toList();
        if (topicKey != null && packTopics.isEmpty()) {
            throw new NotFoundException("There is no topic " + topicKey + ".");
        }
        List<PackDocument.PackQuestion> packQuestions = questionRows.exportRows(topicKey).stream()
                .map(QuestionPackService::packQuestion).toList();
        return new PackDocument(PackDocument.FORMAT, packTopics, packQuestions);
    }

    /**
     * Imports a pack: validated whole first (any problem refuses it all), then topics and questions are matched by
     * key and created, updated (new rubric version, new revision) or left unchanged. Importing twice changes nothing.
     */
    @Transactional
    public PackImportResult importPack(@Nullable UUID actorId, PackDocument pack) {
        Set<String> referencedTopicKeys = Stream.concat(pack.topicList().stream().filter(Objects::nonNull)
                        .map(PackDocument.PackTopic::key),
                pack.questionList().stream().filter(Objects::nonNull).map(PackDocument.PackQuestion::topicKey))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, TopicResponse> existingTopics = topics.currentTopics(referencedTopicKeys);
        List<FieldProblem> problems = PackValidator.validate(pack, existingTopics.keySet());
        if (!problems.isEmpty()) {
            throw new PackInvalidException(problems);
        }
        PackImportResult.Counts topicCounts = importTopics(actorId, pack, existingTopics);
        PackImportResult.Counts questionCounts = importQuestions(actorId, pack, topics.currentTopics(referencedTopicKeys));
        PackImportResult result = new PackImportResult(topicCounts, questionCounts);
        audit.record(actorId, "pack.imported", "question-pack", null, Map.of("topics", topicCounts,
                "questions", questionCounts));
        return result;
    }

    private PackImportResult.Counts importTopics(@Nullable UUID actorId, PackDocument pack,
                                                 Map<String, TopicResponse> existing) {
        int created = 0;
        int updated = 0;
        for (PackDocument.PackTopic packTopic : pack.topicList()) {
            SaveTopicRequest request = topicRequest(packTopic);
            TopicResponse current = existing.get(packTopic.key());
            if (current == null) {
                topics.insert(actorId, request);
                created++;
            } else if (topics.differs(current, request)) {
                topics.apply(actorId, topics.lockForWrite(current.id()), request);
                updated++;
            }
        }
        return new PackImportResult.Counts(created, updated, pack.topicList().size() - created - updated);
    }

    private PackImportResult.Counts importQuestions(@Nullable UUID actorId, PackDocument pack,
                                                    Map<String, TopicResponse> topicsByKey) {
        String[] keys = pack.questionList().stream().map(PackDocument.PackQuestion::key).toArray(String[]::new);
        Map<String, QuestionRow> existing = questionRows.currentRowsByKeys(keys).stream()
                .collect(Collectors.toMap(QuestionRow::key, Function.identity()));
        int created = 0;
        int updated = 0;
        for (PackDocument.PackQuestion packQuestion : pack.questionList()) {
            SaveQuestionRequest request = questionRequest(packQuestion);
            UUID topicId = topicsByKey.get(packQuestion.topicKey()).id();
            QuestionRow current = existing.get(packQuestion.key());
            boolean retire = Boolean.TRUE.equals(packQuestion.retired());
            if (current == null) {
                Question question = questions.insert(actorId, request, topicId);
                if (retire) {
                    questions.update(question.withRetiredAt(clock.instant(), clock.instant()));
                }
                created++;
            } else if (differs(current, request) || (retire && current.retiredAt() == null)) {
                Question locked = questions.lockForWrite(current.id(), OptionalLong.empty());
                if (differs(current, request)) {
                    questions.revise(actorId, locked, request, topicId);
                    locked = questions.lockForWrite(current.id(), OptionalLong.empty());
                }
                if (retire && locked.retiredAt() == null) {
                    questions.update(locked.withRetiredAt(clock.instant(), clock.instant()));
                }
                updated++;
            }
        }
        return new PackImportResult.Counts(created, updated, pack.questionList().size() - created - updated);
    }

    private static boolean differs(QuestionRow current, SaveQuestionRequest request) {
        return !current.topicKey().equals(request.topicKey()) || !current.level().equals(request.level().name())
                || !current.kind().equals(request.kind().name()) || !current.prompt().equals(request.prompt().trim())
                || !current.guidance().equals(request.guidance().trim())
                || !List.of(current.followUps()).equals(request.followUpList())
                || !List.of(current.tags()).equals(request.tagList()) || current.minutes() != request.minutes();
    }

    private static SaveTopicRequest topicRequest(PackDocument.PackTopic topic) {
        return new SaveTopicRequest(topic.key(), topic.name(), topic.description(), topic.anchors().stream()
                .map(a -> new AnchorInput(PackDocument.integer(a.score()), a.label(), a.descriptor())).toList());
    }

    private static SaveQuestionRequest questionRequest(PackDocument.PackQuestion q) {
        return new SaveQuestionRequest(q.key(), q.topicKey(), Level.valueOf(q.level()), QuestionKind.valueOf(q.kind()),
                q.prompt(), q.guidance(), q.followUps(), q.tags(), PackDocument.integer(q.minutes()));
    }

    private PackDocument.PackTopic packTopic(TopicRow row) {
        return new PackDocument.PackTopic(row.key(), row.name(), row.description(), rubrics.fromJson(row.anchors())
                .stream().map(a -> new PackDocument.PackAnchor(a.score(), a.label(), a.descriptor())).toList());
    }

    private static PackDocument.PackQuestion packQuestion(QuestionRow row) {
        return new PackDocument.PackQuestion(row.key(), row.topicKey(), row.level(), row.kind(), row.prompt(),
                row.guidance(), List.of(row.followUps()), List.of(row.tags()), row.minutes(),
                row.retiredAt() != null ? Boolean.TRUE : null);
    }
}
