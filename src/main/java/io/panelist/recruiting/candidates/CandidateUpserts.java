package io.panelist.recruiting.candidates;

import io.micronaut.core.annotation.Nullable;
import io.panelist.audit.AuditService;
import io.panelist.shared.Jdbc;
import io.panelist.shared.problem.InvalidInputException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Creates or updates a candidate by the id another system gives them, idempotently: the same body twice leaves one
 * candidate and gives the same answer, and an update that changes nothing leaves the version as it was. Upserts of
 * one external id take turns (an advisory lock for the transaction), and the insert is an
 * {@code INSERT ... ON CONFLICT (external_id) DO NOTHING} besides, so two callers never make two candidates.
 */
@Singleton
public class CandidateUpserts {
    private static final String INSERT = """
        INSERT INTO candidates (id, name, email, phone, source, external_id, version, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)
        ON CONFLICT (external_id) DO NOTHING
        """;

    /** What an upsert did: the candidate as they now are, and whether this call created them. */
    public record Upserted(CandidateResponse candidate, boolean created) {
    }

    private final CandidateRepository candidates;
    private final CandidateService service;
    private final Jdbc jdbc;
    private final AuditService audit;
    private final Clock clock;

    CandidateUpserts(CandidateRepository candidates, CandidateService service, Jdbc jdbc, AuditService audit,
                     Clock clock) {
        this.candidates = candidates;
        this.service = service;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The candidate with this external id, made or brought up to date from the request. A request that names an
     * external id of its own must name this one.
     */
    @Transactional
    public Upserted upsertCandidate(@Nullable UUID actorId, String externalId, SaveCandidateRequest request) {
        String id = checkedExternalId(externalId, request.externalId());
        candidates.lockExternalId(id);
        var existing = candidates.findByExternalIdForUpdate(id);
        if (existing.isPresent()) {
            return new Upserted(updated(actorId, existing.get(), request), false);
        }
        String email = CandidateService.normalizedEmail(request.email());
        service.refuseTakenEmail(email, CandidateService.NOBODY);
        UUID candidateId = UUID.randomUUID();
        if (insert(candidateId, id, email, request) == 0) {
            // only a writer that took no turn (a bulk import) can have made it since the lock; update theirs
            Candidate theirs = candidates.findByExternalIdForUpdate(id).orElseThrow(CandidateService::externalIdTaken);
            return new Upserted(updated(actorId, theirs, request), false);
        }
        audit.record(actorId, "candidate.created", "candidate", candidateId, Map.of("externalId", id));
        return new Upserted(CandidateResponse.of(candidates.findById(candidateId).orElseThrow()), true);
    }

    private CandidateResponse updated(@Nullable UUID actorId, Candidate current, SaveCandidateRequest request) {
        if (current.erasedAt() != null) {
            throw CandidateService.erased();
        }
        Candidate wanted = new Candidate(current.id(), request.name().trim(),
                CandidateService.normalizedEmail(request.email()), CandidateService.blankToNull(request.phone()),
                CandidateService.blankToNull(request.source()), current.externalId(), null, current.version(),
                current.createdAt(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (sameData(current, wanted)) {
            return CandidateResponse.of(current);
        }
        service.refuseTakenEmail(wanted.email(), current.id());
        Candidate saved;
        try {
            saved = service.update(wanted);
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            throw CandidateService.takenBy(e);
        }
        audit.record(actorId, "candidate.updated", "candidate", current.id(), Map.of("externalId",
                current.externalId()));
        return CandidateResponse.of(saved);
    }

    private int insert(UUID candidateId, String externalId, @Nullable String email, SaveCandidateRequest request) {
        Instant now = clock.instant();
        try {
            return jdbc.update("create the candidate", INSERT, Arrays.asList(candidateId, request.name().trim(), email,
                    CandidateService.blankToNull(request.phone()), CandidateService.blankToNull(request.source()),
                    externalId, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC)));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            throw CandidateService.takenBy(e);
        }
    }

    private static boolean sameData(Candidate current, Candidate wanted) {
        return current.name().equals(wanted.name()) && Objects.equals(current.email(), wanted.email())
                && Objects.equals(current.phone(), wanted.phone()) && Objects.equals(current.source(), wanted.source());
    }

    /** The path's external id, stripped; 400 naming {@code externalId} when it is blank, too long or contradicted. */
    private static String checkedExternalId(String fromPath, @Nullable String fromBody) {
        String id = ExternalIds.normalized(fromPath);
        if (id == null || id.length() > ExternalIds.MAX_LENGTH) {
            throw InvalidInputException.badField("externalId", "must be 1 to " + ExternalIds.MAX_LENGTH
                    + " characters");
        }
        String body = ExternalIds.normalized(fromBody);
        if (body != null && !body.equals(id)) {
            throw InvalidInputException.badField("externalId", "must be the external id of the path, or left out");
        }
        return id;
    }
}
