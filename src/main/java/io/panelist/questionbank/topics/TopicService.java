package io.panelist.questionbank.topics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.questionbank.KeyChangeException;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Texts;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Topics (competencies) and their versioned rubrics. */
@Singleton
public class TopicService {
    private final TopicRepository topics;
    private final Rubrics rubrics;
    private final AuditService audit;
    private final Clock clock;

    TopicService(TopicRepository topics, Rubrics rubrics, AuditService audit, Clock clock) {
        this.topics = topics;
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public Page<TopicResponse> listTopics(Paging paging) {
        return new Page<>(topics.listRows(paging.pageSize(), paging.offset()).stream().map(rubrics::response).toList(),
                paging.pageNumber(), paging.pageSize(), topics.count());
    }

    /** The topic with the anchors of {@code rubricVersion}, or of the current rubric. */
    @ReadOnly
    public TopicResponse getTopic(UUID id, @Nullable Integer rubricVersion) {
        return topics.findRow(id, rubricVersion).map(rubrics::response).orElseThrow(() -> rubricVersion == null
                ? new NotFoundException("Topic", id)
                : new NotFoundException("Topic " + id + " has no rubric version " + rubricVersion + "."));
    }

    /** Current topics by key, with their anchors; keys that name no topic are left out. */
    @ReadOnly
    public Map<String, TopicResponse> currentTopics(Collection<String> keys) {
        return topics.findRowsByKeys(keys.toArray(String[]::new)).stream().map(rubrics::response)
                .collect(Collectors.toMap(TopicResponse::key, Function.identity()));
    }

    /** Topics at specific rubric versions (pairs by position), each once; answered in no particular order. */
    @ReadOnly
    public List<TopicResponse> rubrics(List<UUID> topicIds, List<Integer> rubricVersions) {
        // a plan pins the same rubric in several stages: read and parse each one once
        Map<String, Integer> pairs = new LinkedHashMap<>();
        for (int i = 0; i < topicIds.size(); i++) {
            pairs.putIfAbsent(topicIds.get(i) + "@" + rubricVersions.get(i), i);
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = pairs.values().stream().map(topicIds::get).toList();
        List<Integer> versions = pairs.values().stream().map(rubricVersions::get).toList();
        return topics.findRubrics(Texts.of(ids), Texts.of(versions)).stream().map(rubrics::response).toList();
    }

    /** Every rubric version of a topic, oldest first, each with its anchors and when it was made. */
    @ReadOnly
    public List<RubricVersion> rubricVersions(UUID id) {
        List<RubricVersion> versions = topics.rubricHistory(id).stream()
                .map(row -> new RubricVersion(row.version(), rubrics.fromJson(row.anchors()), row.createdAt()))
                .toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("Topic", id);
        }
        return versions;
    }

    @Transactional
    public TopicResponse createTopic(@Nullable UUID actorId, SaveTopicRequest request) {
        Topic topic = insert(actorId, request);
        audit.record(actorId, "topic.created", "topic", topic.id(), Map.of("key", topic.key()));
        return getTopic(topic.id(), null);
    }

    /** Renames or re-describes a topic; new anchors make a new rubric version and the old one stays readable. */
    @Transactional
    public TopicResponse updateTopic(UUID actorId, UUID id, OptionalLong expectedVersion, SaveTopicRequest request) {
        Topic current = topics.findForUpdate(id).orElseThrow(() -> new NotFoundException("Topic", id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("Topic " + id, current.version());
        }
        boolean newRubric = apply(actorId, current, request);
        audit.record(actorId, "topic.updated", "topic", id, Map.of("key", current.key(), "newRubricVersion", newRubric));
        return getTopic(id, null);
    }

    public Topic lockForWrite(UUID id) {
        return topics.findForUpdate(id).orElseThrow(() -> new NotFoundException("Topic", id));
    }

    public Topic insert(@Nullable UUID actorId, SaveTopicRequest request) {
        if (topics.findByKey(request.key()).isPresent()) {
            throw new TopicKeyTakenException(request.key());
        }
        List<Anchor> anchors = Rubrics.normalize(request.anchors());
        Instant now = clock.instant();
        Topic topic = topics.save(new Topic(UUID.randomUUID(), request.key(), request.name().trim(),
                description(request), 1, 0, now, now));
        topics.insertRubric(topic.id(), 1, rubrics.toJson(anchors), now, actorId);
        return topic;
    }

    /** Applies the request to a locked topic; answers whether the anchors changed into a new rubric version. */
    public boolean apply(@Nullable UUID actorId, Topic current, SaveTopicRequest request) {
        if (!current.key().equals(request.key())) {
            throw new KeyChangeException("topic", current.key());
        }
        List<Anchor> anchors = Rubrics.normalize(request.anchors());
        TopicRow existing = topics.findRow(current.id(), null).orElseThrow();
        boolean newRubric = !rubrics.fromJson(existing.anchors()).equals(anchors);
        int rubricVersion = newRubric ? current.rubricVersion() + 1 : current.rubricVersion();
        Instant now = clock.instant();
        if (newRubric) {
            topics.insertRubric(current.id(), rubricVersion, rubrics.toJson(anchors), now, actorId);
        }
        try {
            topics.update(current.withDetails(request.name().trim(), description(request), rubricVersion, now));
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Topic " + current.id(), current.version() + 1);
        }
        return newRubric;
    }

    public boolean differs(TopicResponse existing, SaveTopicRequest request) {
        return !existing.name().equals(request.name().trim()) || !existing.description().equals(description(request))
                || !existing.anchors().equals(Rubrics.normalize(request.anchors()));
    }

    private static String description(SaveTopicRequest request) {
        return request.description() == null ? "" : request.description().trim();
    }
}
