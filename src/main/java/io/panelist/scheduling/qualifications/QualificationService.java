package io.panelist.scheduling.qualifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.identity.Role;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Which topics each interviewer may judge. Recruiters and administrators keep the lists (a person reads their own);
 * an id that is not someone with INTERVIEWER or HIRING_MANAGER is no interviewer, and is not found (404), whoever
 * asks. A list is replaced whole, checked whole first: nothing is written while any entry is wrong.
 */
@Singleton
public class QualificationService {
    private final QualificationQueries queries;
    private final InterviewerDirectory directory;
    private final AuditService audit;
    private final Clock clock;

    QualificationService(QualificationQueries queries, InterviewerDirectory directory, AuditService audit,
                         Clock clock) {
        this.queries = queries;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's qualifications: for recruiters, administrators and the person themselves. */
    @ReadOnly
    public QualificationsResponse qualifications(Viewer viewer, UUID interviewerId) {
        if (!keepsLists(viewer) && !viewer.id().equals(interviewerId)) {
            throw new ForbiddenException("Qualifications are kept by recruiters and administrators.");
        }
        requireInterviewer(interviewerId);
        return QualificationsResponse.of(interviewerId, queries.of(interviewerId));
    }

    /**
     * Replaces the person's whole list. An unknown or repeated topic key is refused (422) naming each entry; a stale
     * If-Match is refused (412). Changing someone's TRAINEE standing makes PostgreSQL mark the verdicts that used
     * their scores out of date and recompute their calibration (V22), in this transaction.
     */
    @Transactional
    public QualificationsResponse saveQualifications(Viewer viewer, UUID interviewerId, OptionalLong expectedVersion,
                                                     SaveQualificationsRequest request) {
        if (!keepsLists(viewer)) {
            throw new ForbiddenException("Qualifications are kept by recruiters and administrators.");
        }
        requireInterviewer(interviewerId);
        Map<String, UUID> topics = topicsOf(request.topics());
        queries.queueForWriting();
        QualificationsResponse before = QualificationsResponse.of(interviewerId, queries.of(interviewerId));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != before.version()) {
            throw new StaleVersionException("The qualifications of " + interviewerId, before.version());
        }
        queries.replace(interviewerId, request.topics().stream().map(t -> topics.get(t.topicKey())).toList(),
                request.topics().stream().map(SaveQualificationsRequest.Topic::levelValue).toList(), clock.instant());
        QualificationsResponse after = QualificationsResponse.of(interviewerId, queries.of(interviewerId));
        audit.record(viewer.id(), "interviewer.qualifications-saved", "user", interviewerId,
                Map.of("before", before.topics(), "after", after.topics()));
        return after;
    }

    /** Active people with INTERVIEWER or HIRING_MANAGER; with a topic key, those QUALIFIED or TRAINEE in it. */
    @ReadOnly
    public Page<InterviewerSummary> interviewers(@Nullable String topicKey, Paging paging) {
        return directory.page(topicKey, paging);
    }

    /**
     * Per person, the ids of the topics in which they are a TRAINEE (see {@link TraineeRules}); people without any
     * are left out. One query, on the caller's transaction or connection.
     */
    public Map<UUID, Set<UUID>> traineeTopics(Collection<UUID> people) {
        return queries.traineeTopics(List.copyOf(new HashSet<>(people)));
    }

    private void requireInterviewer(UUID interviewerId) {
        if (!queries.sitsOnPanels(interviewerId).orElse(false)) {
            throw new NotFoundException("Interviewer", interviewerId);
        }
    }

    /** The topic id of every key; every unknown or repeated key refused at once, naming its entry. */
    private Map<String, UUID> topicsOf(List<SaveQualificationsRequest.Topic> entries) {
        Map<String, UUID> known = queries.topicIds(entries.stream().map(SaveQualificationsRequest.Topic::topicKey)
                .distinct().toList());
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i).topicKey();
            if (!known.containsKey(key)) {
                problems.add(new FieldProblem("topics[" + i + "].topicKey", "names no topic of the bank"));
            } else if (!seen.add(key)) {
                problems.add(new FieldProblem("topics[" + i + "].topicKey", "names a topic already listed"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY, "The qualifications were not saved.",
                    problems);
        }
        return known;
    }

    private static boolean keepsLists(Viewer viewer) {
        return viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name());
    }
}
