package io.panelist.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Texts;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Questions: every edit is a new revision; retired questions leave search but stay readable and in their plans. */
@Singleton
public class QuestionService {
    private final QuestionRepository questions;
    private final QuestionFinder finder;
    private final TopicService topics;
    private final AuditService audit;
    private final Clock clock;

    QuestionService(QuestionRepository questions, QuestionFinder finder, TopicService topics,
                    AuditService audit, Clock clock) {
        this.questions = questions;
        this.finder = finder;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public QuestionResponse createQuestion(@Nullable UUID actorId, SaveQuestionRequest request) {
        Question question = insert(actorId, request, topicId(request.topicKey()));
        audit.record(actorId, "question.created", "question", question.id(), Map.of("key", question.key()));
        return getQuestion(question.id(), null);
    }

    /** Saves the question as a new revision; the older revisions stay, and plans keep the one they pinned. */
    @Transactional
    public QuestionResponse reviseQuestion(UUID actorId, UUID id, OptionalLong expectedVersion,
                                           SaveQuestionRequest request) {
        Question current = lockForWrite(id, expectedVersion);
        int revision = revise(actorId, current, request, topicId(request.topicKey()));
        audit.record(actorId, "question.revised", "question", id, Map.of("key", current.key(), "revision", revision));
        return getQuestion(id, null);
    }

    @Transactional
    public QuestionResponse retireQuestion(UUID actorId, UUID id, OptionalLong expectedVersion) {
        return setRetired(actorId, id, expectedVersion, true);
    }

    @Transactional
    public QuestionResponse reinstateQuestion(UUID actorId, UUID id, OptionalLong expectedVersion) {
        return setRetired(actorId, id, expectedVersion, false);
    }

    @ReadOnly
    public QuestionResponse getQuestion(UUID id, @Nullable Integer revision) {
        return questions.findRow(id, revision).map(QuestionResponse::of).orElseThrow(() -> revision == null
                ? new NotFoundException("Question", id)
                : new NotFoundException("Question " + id + " has no revision " + revision + "."));
    }

    /** Every revision of a question, oldest first. */
    @ReadOnly
    public List<QuestionResponse> revisions(UUID id) {
        List<QuestionResponse> revisions = questions.revisions(id).stream().map(QuestionResponse::of).toList();
        if (revisions.isEmpty()) {
            throw new NotFoundException("Question", id);
        }
        return revisions;
    }

    /**
     * On a connection without a transaction: the page and its count are separate snapshots under READ COMMITTED
     * either way, and most pages need no count, so a transaction would only add a round trip to commit.
     */
    @Connectable
    public QuestionSearchPage findQuestions(QuestionSearch search, Paging paging) {
        return finder.find(new QuestionSearchQueries.Filters(search.text(), search.topic(),
                search.level() == null ? null : search.level().name(),
                search.kind() == null ? null : search.kind().name(), search.tagText(),
                Boolean.TRUE.equals(search.retired()), List.of()), paging);
    }

    /** {@link #findQuestions} without how the words matched. */
    @Connectable
    public Page<QuestionResponse> search(QuestionSearch search, Paging paging) {
        return findQuestions(search, paging).asPage();
    }

    /** The current revisions of these questions, by id; unknown ids are left out. */
    @ReadOnly
    public Map<UUID, QuestionResponse> currentQuestions(Collection<UUID> ids) {
        return questions.currentRowsByIds(Texts.of(ids)).stream().map(QuestionResponse::of)
                .collect(Collectors.toMap(QuestionResponse::id, Function.identity()));
    }

    /** The current revisions of these questions, by key; unknown keys are left out. */
    @ReadOnly
    public Map<String, QuestionResponse> currentQuestionsByKey(Collection<String> keys) {
        return questions.currentRowsByKeys(keys.toArray(String[]::new)).stream().map(QuestionResponse::of)
                .collect(Collectors.toMap(QuestionResponse::key, Function.identity()));
    }

    /** Specific revisions, as pinned by plans; answered in no particular order. */
    @ReadOnly
    public List<QuestionResponse> atRevisions(List<UUID> ids, List<Integer> revisions) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return questions.rowsAtRevisions(Texts.of(ids), Texts.of(revisions)).stream()
                .map(QuestionResponse::of).toList();
    }

    public Question insert(@Nullable UUID actorId, SaveQuestionRequest request, UUID topicId) {
        String key = request.key() != null ? request.key() : newKey(request.topicKey());
        if (questions.findByKey(key).isPresent()) {
            throw new QuestionKeyTakenException(key);
        }
        Instant now = clock.instant();
        Question question = questions.save(new Question(UUID.randomUUID(), key, 1, null, 0, now, now));
        insertRevision(actorId, question.id(), 1, request, topicId, now);
        return question;
    }

    public int revise(@Nullable UUID actorId, Question current, SaveQuestionRequest request, UUID topicId) {
        if (request.key() != null && !request.key().equals(current.key())) {
            throw new KeyChangeException("question", current.key());
        }
        int revision = current.currentRevision() + 1;
        Instant now = clock.instant();
        insertRevision(actorId, current.id(), revision, request, topicId, now);
        update(current.withRevision(revision, now));
        return revision;
    }

    public Question lockForWrite(UUID id, OptionalLong expectedVersion) {
        Question current = questions.findForUpdate(id).orElseThrow(() -> new NotFoundException("Question", id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("Question " + id, current.version());
        }
        return current;
    }

    public void update(Question question) {
        try {
            questions.update(question);
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Question " + question.id(), question.version() + 1);
        }
    }

    private QuestionResponse setRetired(UUID actorId, UUID id, OptionalLong expectedVersion, boolean retire) {
        Question current = lockForWrite(id, expectedVersion);
        if ((current.retiredAt() != null) != retire) {
            Instant now = clock.instant();
            update(current.withRetiredAt(retire ? now : null, now));
            audit.record(actorId, retire ? "question.retired" : "question.reinstated", "question", id,
                    Map.of("key", current.key()));
        }
        return getQuestion(id, null);
    }

    private void insertRevision(@Nullable UUID actorId, UUID questionId, int revision, SaveQuestionRequest request,
                                UUID topicId, Instant now) {
        questions.insertRevision(questionId, revision, topicId, request.level().name(), request.kind().name(),
                request.prompt().trim(), request.guidance().trim(), request.followUpList().toArray(String[]::new),
                request.tagList().toArray(String[]::new), request.minutes(), now, actorId);
    }

    private UUID topicId(String topicKey) {
        TopicResponse topic = topics.currentTopics(List.of(topicKey)).get(topicKey);
        if (topic == null) {
            throw new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY, "There is no topic " + topicKey + ".",
                    List.of(new FieldProblem("topicKey", "names no topic")));
        }
        return topic.id();
    }

    private static String newKey(String topicKey) {
        return topicKey + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
