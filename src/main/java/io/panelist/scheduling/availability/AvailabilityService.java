package io.panelist.scheduling.availability;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UserSummary;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.shared.problem.ViolationFields;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * When people can interview: each person reads and replaces their own availability; recruiters and administrators
 * those of interviewers and hiring managers. A save replaces weekly hours, times away, limits and buffer in one
 * transaction and is audited ({@code availability.changed}); the weekly limit is the user's own, set through the
 * identity service.
 */
@Singleton
public class AvailabilityService {
    private final IdentityService identity;
    private final AvailabilityStore store;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    AvailabilityService(IdentityService identity, AvailabilityStore store, AuditService audit, Validator validator,
                        Clock clock) {
        this.identity = identity;
        this.store = store;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** One's own availability, or its defaults when nothing was saved. */
    @ReadOnly
    public AvailabilityResponse myAvailability(UUID userId) {
        return store.read(self(userId).id());
    }

    /** An interviewer's or hiring manager's availability, for recruiters and administrators. */
    @ReadOnly
    public AvailabilityResponse availabilityOf(Viewer viewer, UUID userId) {
        return store.read(interviewer(viewer, userId).id());
    }

    /** Replaces one's own availability; {@code expectedVersion} from If-Match (412 when stale). */
    @Transactional
    public AvailabilityResponse changeMyAvailability(UUID userId, OptionalLong expectedVersion,
                                                     SaveAvailabilityRequest request) {
        return change(userId, self(userId), expectedVersion, request);
    }

    /** Replaces an interviewer's or hiring manager's availability, as a recruiter or administrator. */
    @Transactional
    public AvailabilityResponse changeAvailabilityOf(Viewer viewer, UUID userId, OptionalLong expectedVersion,
                                                     SaveAvailabilityRequest request) {
        return change(viewer.id(), interviewer(viewer, userId), expectedVersion, request);
    }

    private AvailabilityResponse change(UUID actorId, UserSummary person, OptionalLong expectedVersion,
                                        SaveAvailabilityRequest request) {
        refuseInvalid(request);
        Instant now = clock.instant();
        // The limit first: it takes the user's row lock, which every writer of the limit takes before the
        // availability's, so that the order of locks is always the same. A change of the limit moves the
        // availability's version in this transaction (V20); that one step is ours, not someone else's.
        boolean limitChanged = identity.setWeeklyInterviewLimit(actorId, person.id(), request.weeklyLimit());
        long current = store.lock(person.id(), now) - (limitChanged ? 1 : 0);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current) {
            throw new StaleVersionException("The availability of " + person.displayName(), current);
        }
        String zone = request.timeZone() == null || request.timeZone().equals(person.timeZone())
                ? null : request.timeZone();
        store.replace(person.id(), zone, request, now);
        audit.record(actorId, "availability.changed", "user", person.id(), details(person, request));
        return store.read(person.id());
    }

    /**
     * Everything wrong with an availability, each field's format and the rules of the whole together, by field as the
     * API names it ({@code weekly[1].to}); empty when a save would be accepted.
     */
    public List<FieldProblem> problemsWith(SaveAvailabilityRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(request).forEach(v -> problems.add(new FieldProblem(ViolationFields.path(v),
                v.getMessage())));
        problems.addAll(AvailabilityRules.problems(request));
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    private void refuseInvalid(SaveAvailabilityRequest request) {
        List<FieldProblem> problems = problemsWith(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(HttpStatus.BAD_REQUEST, "The availability is not valid; nothing was "
                    + "saved.", problems);
        }
    }

    private UserSummary self(UUID userId) {
        return identity.userSummary(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** Recruiters and administrators only; anyone but an interviewer or hiring manager is not found. */
    private UserSummary interviewer(Viewer viewer, UUID userId) {
        if (!viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name())) {
            throw new ForbiddenException("Recruiters and administrators manage other people's availability; "
                    + "yours is at /api/v1/me/availability.");
        }
        return identity.userSummary(userId)
                .filter(user -> user.roles().contains(Role.INTERVIEWER) || user.roles().contains(Role.HIRING_MANAGER))
                .orElseThrow(() -> new NotFoundException("Interviewer", userId));
    }

    private static Map<String, Object> details(UserSummary person, SaveAvailabilityRequest request) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("userId", person.id());
        details.put("email", person.email());
        details.put("weeklyRanges", request.weekly().size());
        details.put("exceptions", request.exceptions().size());
        details.put("dailyLimit", request.dailyLimit());
        details.put("weeklyLimit", request.weeklyLimit());
        details.put("bufferMinutes", request.bufferMinutes() == null ? 0 : request.bufferMinutes());
        return details;
    }
}
