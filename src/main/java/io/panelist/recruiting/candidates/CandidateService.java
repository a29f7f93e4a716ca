package io.panelist.recruiting.candidates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.identity.Role;
import io.panelist.notifications.Outbox;
import io.panelist.notifications.webhooks.WebhookEvent;
import io.panelist.notifications.webhooks.WebhookIds;
import io.panelist.notifications.webhooks.Webhooks;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.Audiences;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.erasure.Person;
import io.panelist.shared.erasure.PersonMentions;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Candidates: the people who apply. Audit events carry ids, never a candidate's personal data; erasure anonymizes
 * the person everywhere (every {@link CandidateDataHolder} included) and keeps scores and decisions.
 */
@Singleton
public class CandidateService {
    /** No candidate has it: the id to pass as "except" when nobody may hold a value yet. */
    static final UUID NOBODY = new UUID(0, 0);
    private static final String EXTERNAL_ID_UNIQUE = "candidates_external_id_unique";
    private final CandidateRepository candidates;
    private final ApplicationService applications;
    private final List<CandidateDataHolder> holders;
    private final Audiences audiences;
    private final AuditService audit;
    private final Outbox outbox;
    private final Webhooks webhooks;
    private final Clock clock;

    CandidateService(CandidateRepository candidates, ApplicationService applications,
                     List<CandidateDataHolder> holders, Audiences audiences, AuditService audit, Outbox outbox,
                     Webhooks webhooks, Clock clock) {
        this.candidates = candidates;
        this.applications = applications;
        this.holders = holders;
        this.audiences = audiences;
        this.audit = audit;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Transactional
    public CandidateResponse createCandidate(@Nullable UUID actorId, SaveCandidateRequest request) {
        String email = normalizedEmail(request.email());
        String externalId = ExternalIds.normalized(request.externalId());
        refuseTakenEmail(email, NOBODY);
        refuseTakenExternalId(externalId, NOBODY);
        Instant now = clock.instant();
        Candidate candidate;
        try {
            candidate = candidates.save(new Candidate(UUID.randomUUID(), request.name().trim(), email,
                    blankToNull(request.phone()), blankToNull(request.source()), externalId, null, 0, now, now));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // a concurrent write with the same email or external id won past the checks above; an index decided
            throw takenBy(e);
        }
        audit.record(actorId, "candidate.created", "candidate", candidate.id(), Map.of());
        return CandidateResponse.of(candidate);
    }

    /**
     * Replaces the candidate's data. An absent {@code externalId} keeps the one the candidate has (forms that do not
     * show it must not wipe it); a given one replaces it.
     */
    @Transactional
    public CandidateResponse updateCandidate(UUID actorId, UUID id, OptionalLong expectedVersion,
                                             SaveCandidateRequest request) {
        Candidate current = candidates.findForUpdate(id).orElseThrow(() -> new NotFoundException("Candidate", id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("Candidate " + id, current.version());
        }
        if (current.erasedAt() != null) {
            throw erased();
        }
        String email = normalizedEmail(request.email());
        String externalId = ExternalIds.normalized(request.externalId());
        refuseTakenEmail(email, id);
        refuseTakenExternalId(externalId, id);
        Candidate updated;
        try {
            updated = update(new Candidate(id, request.name().trim(), email, blankToNull(request.phone()),
                    blankToNull(request.source()), externalId == null ? current.externalId() : externalId, null,
                    current.version(), current.createdAt(), clock.instant()));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            throw takenBy(e);
        }
        audit.record(actorId, "candidate.updated", "candidate", id, Map.of());
        return CandidateResponse.of(updated);
    }

    /** The candidate, if this viewer may see them; otherwise not found. */
    @ReadOnly
    public CandidateResponse getCandidate(Viewer viewer, UUID id) {
        Audiences.Audience who = audiences.of(viewer);
        return candidates.findVisible(id, who.seesAll(), who.viewerId(), who.seated()).map(CandidateResponse::of)
                .orElseThrow(() -> new NotFoundException("Candidate", id));
    }

    @ReadOnly
    public Page<CandidateResponse> searchCandidates(Viewer viewer, @Nullable String q, Paging paging) {
        String text = q == null || q.isBlank() ? null : q.trim();
        Audiences.Audience who = audiences.of(viewer);
        return new Page<>(candidates.search(text, who.seesAll(), who.viewerId(), who.seated(), paging.pageSize(),
                paging.offset()).stream().map(CandidateResponse::of).toList(), paging.pageNumber(), paging.pageSize(),
                candidates.countSearch(text, who.seesAll(), who.viewerId(), who.seated()));
    }

    /** Everything held about the person, as one document (the right of access). */
    @ReadOnly
    public Map<String, Object> exportCandidate(UUID id) {
        Candidate candidate = candidates.findById(id).orElseThrow(() -> new NotFoundException("Candidate", id));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("candidate", CandidateResponse.of(candidate));
        document.put("phones", candidates.phonesOf(id));
        document.put("applications", applications.applicationsOf(id));
        holders.forEach(holder -> document.put(holder.section(), holder.export(id)));
        document.put("exportedAt", clock.instant());
        return document;
    }

    /**
     * Anonymizes the person everywhere: their name, each part of it, their email and every phone number they ever
     * had go from every free text that mentions them ({@link PersonMentions}); active applications are withdrawn,
     * scores and decisions stay. Idempotent.
     */
    @Transactional
    public void eraseCandidate(UUID actorId, UUID id) {
        Candidate current = candidates.findForUpdate(id).orElseThrow(() -> new NotFoundException("Candidate", id));
        if (current.erasedAt() != null) {
            return;
        }
        erase(actorId, current, Map.of());
    }

    /**
     * Erases the candidate with no one acting, when {@code stillDue} still says so once the candidate is locked (a
     * background job decided from what it read before); {@code why} goes into the audit event. Whether it erased.
     */
    @Transactional
    public boolean eraseIf(UUID id, Predicate<UUID> stillDue, Map<String, Object> why) {
        Optional<Candidate> current = candidates.findForUpdate(id);
        if (current.isEmpty() || current.get().erasedAt() != null || !stillDue.test(id)) {
            return false;
        }
        erase(null, current.get(), why);
        return true;
    }

    private void erase(@Nullable UUID actorId, Candidate current, Map<String, Object> why) {
        UUID id = current.id();
        int withdrawn = applications.activeCountOf(id);
        applications.withdrawAllOf(actorId, id, "The candidate's data was erased on request.");
        PersonMentions mentions = mentionsOf(current);
        holders.forEach(holder -> holder.erase(id, mentions));
        applications.scrubReasons(id, mentions);
        audit.scrub(mentions, auditedEntities(id));
        // notifications sits below recruiting, so it is called here rather than being a CandidateDataHolder
        outbox.eraseCandidate(id, mentions);
        candidates.forgetPhones(id);
        Instant now = clock.instant();
        update(new Candidate(id, Candidate.ERASED_NAME, null, null, null, keptExternalId(current, mentions), now,
                current.version(), current.createdAt(), now));
        Map<String, Object> details = new LinkedHashMap<>(why);
        details.put("applicationsWithdrawn", withdrawn);
        audit.record(actorId, "candidate.erased", "candidate", id, details);
        // after the outbox's erasure, which deletes the unsent messages about the person: this one tells receivers
        webhooks.publish(WebhookEvent.CANDIDATE_ERASED, WebhookIds.ofCandidate(id));
    }

    /** Display names by candidate id, for other features' answers. */
    @ReadOnly
    public Map<UUID, String> candidateNames(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        candidates.findByIdIn(ids).forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    /** The candidate's mail address, for invites; empty once erased or when none was given. */
    @ReadOnly
    public java.util.Optional<String> candidateEmail(UUID id) {
        return candidates.findById(id).map(Candidate::email);
    }

    @ReadOnly
    public java.util.Optional<CandidateResponse> findByEmail(String email) {
        return candidates.findByEmail(email.toLowerCase(Locale.ROOT)).map(CandidateResponse::of);
    }

    public static boolean seesAll(Viewer viewer) {
        return viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name());
    }

    /**
     * The external id an erased candidate keeps, so that a later sync of the same person is refused rather than
     * bringing them back; none when it spells out the person (another system may use an email as its id).
     */
    @Nullable
    private static String keptExternalId(Candidate candidate, PersonMentions mentions) {
        String externalId = candidate.externalId();
        if (externalId == null) {
            return null;
        }
        String lower = externalId.toLowerCase(Locale.ROOT);
        boolean spelledOut = Stream.of(candidate.name(), candidate.email()).filter(Objects::nonNull)
                .anyMatch(identifier -> lower.contains(identifier.toLowerCase(Locale.ROOT)));
        // a name part alone does not spell out the person: "crm-gone" stays the id of Gone Example's record
        return spelledOut || mentions.unambiguous().mentionedIn(externalId) ? null : externalId;
    }

    /** The candidate, their applications and what every holder keeps about them: the entities of their audit events. */
    private List<UUID> auditedEntities(UUID id) {
        List<UUID> entities = new ArrayList<>(List.of(id));
        applications.applicationsOf(id).forEach(application -> entities.add(application.id()));
        holders.forEach(holder -> entities.addAll(holder.entityIds(id)));
        return entities;
    }

    private PersonMentions mentionsOf(Candidate candidate) {
        Set<String> phones = new LinkedHashSet<>(candidates.phonesOf(candidate.id()));
        if (candidate.phone() != null) {
            phones.add(candidate.phone());
        }
        return PersonMentions.of(new Person(candidate.name(), candidate.email(), List.copyOf(phones)),
                Candidate.ERASED_NAME);
    }

    void refuseTakenEmail(@Nullable String email, UUID exceptId) {
        if (email != null && candidates.emailTakenByOther(email, exceptId)) {
            throw emailTaken();
        }
    }

    void refuseTakenExternalId(@Nullable String externalId, UUID exceptId) {
        if (externalId != null && candidates.externalIdTakenByOther(externalId, exceptId)) {
            throw externalIdTaken();
        }
    }

    /** The refusal for a write that a unique index of candidates stopped. */
    static RuntimeException takenBy(io.micronaut.data.exceptions.DataAccessException e) {
        return ExternalIds.refusedBy(e, EXTERNAL_ID_UNIQUE) ? externalIdTaken() : emailTaken();
    }

    static ConflictException emailTaken() {
        return new ConflictException("candidate-email-taken", "A candidate with this email already exists.");
    }

    static ConflictException externalIdTaken() {
        return new ConflictException("candidate-external-id-taken",
                "Another candidate already has this external id.");
    }

    static ConflictException erased() {
        return new ConflictException("candidate-erased", "This candidate was erased and cannot be edited.");
    }

    Candidate update(Candidate candidate) {
        try {
            return candidates.update(candidate);
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Candidate " + candidate.id(), candidate.version() + 1);
        }
    }

    static String normalizedEmail(@Nullable String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
