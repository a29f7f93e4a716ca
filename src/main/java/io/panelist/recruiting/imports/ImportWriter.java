package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;
import io.panelist.audit.AuditService;
import io.panelist.recruiting.imports.ImportStatements.CandidateValues;
import io.panelist.recruiting.imports.ImportStatements.NewApplication;
import io.panelist.recruiting.imports.ImportStatements.Stored;
import io.panelist.recruiting.imports.RowChecks.CheckedRow;
import io.panelist.recruiting.positions.PositionStatus;
import io.panelist.recruiting.positions.PublishedPlans;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Checks an import's rows against what is stored and writes them, all or nothing, in one transaction: a row with a
 * stored external id updates that candidate (locked until the end), any other row creates one, and a row with a
 * position creates an application there unless the candidate has one already. Every problem of every row is found
 * before anything is written; with one, nothing is.
 */
@Singleton
class ImportWriter {
    private final ImportStatements statements;
    private final PublishedPlans publishedPlans;
    private final AuditService audit;
    private final Clock clock;

    ImportWriter(ImportStatements statements, PublishedPlans publishedPlans, AuditService audit, Clock clock) {
        this.statements = statements;
        this.publishedPlans = publishedPlans;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the rows, or refuses them all (422) when {@code problems} holds any, found here or before. */
    @Transactional
    public ImportReport write(@Nullable UUID actorId, List<CheckedRow> rows, List<RowProblem> problems) {
        Map<String, Stored> stored = statements.candidatesByExternalId(rows.stream().map(CheckedRow::externalId)
                .filter(Objects::nonNull).toList());
        Map<UUID, UUID> planOfPosition = plansOfPositions(rows, problems);
        checkAgainstStored(rows, stored, problems);
        if (!problems.isEmpty()) {
            throw ImportRefusedException.ofRows(problems);
        }
        Set<List<UUID>> applied = statements.applicationsOf(stored.values().stream().map(Stored::id).toList());
        List<CandidateValues> created = new ArrayList<>();
        List<CandidateValues> changed = new ArrayList<>();
        List<NewApplication> applications = new ArrayList<>();
        for (CheckedRow row : rows) {
            Stored match = row.externalId() == null ? null : stored.get(row.externalId());
            UUID candidateId = match == null ? UUID.randomUUID() : match.id();
            CandidateValues values = new CandidateValues(candidateId, row.name(), row.email(), row.phone(),
                    row.externalId());
            if (match == null) {
                created.add(values);
            } else if (!sameData(match, values)) {
                changed.add(values);
            }
            if (row.positionId() != null && (match == null || !applied.contains(List.of(match.id(), row.positionId())))) {
                applications.add(new NewApplication(UUID.randomUUID(), candidateId, row.positionId(),
                        planOfPosition.get(row.positionId())));
            }
        }
        Instant now = clock.instant();
        statements.insertCandidates(created, now);
        statements.updateCandidates(changed, now);
        statements.insertApplications(applications, now);
        recordEvents(actorId, created, changed, applications);
        return new ImportReport(created.size(), rows.size() - created.size(), applications.size());
    }

    /** The published plan of every position the rows name; a position that cannot take applications is a problem. */
    private Map<UUID, UUID> plansOfPositions(List<CheckedRow> rows, List<RowProblem> problems) {
        Set<UUID> positionIds = new java.util.HashSet<>();
        rows.stream().map(CheckedRow::positionId).filter(Objects::nonNull).forEach(positionIds::add);
        if (positionIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> statuses = statements.positionStatuses(positionIds);
        Map<UUID, UUID> plans = publishedPlans.publishedPlanIds(statuses.keySet());
        for (CheckedRow row : rows) {
            UUID position = row.positionId();
            if (position == null) {
                continue;
            }
            String status = statuses.get(position);
            if (status == null) {
                problems.add(new RowProblem(row.row(), "positionId", "names no position"));
            } else if (!PositionStatus.OPEN.name().equals(status)) {
                problems.add(new RowProblem(row.row(), "positionId", "names a closed position"));
            } else if (!plans.containsKey(position)) {
                problems.add(new RowProblem(row.row(), "positionId",
                        "names a position without a published interview plan yet"));
            }
        }
        return plans;
    }

    /** An erased candidate stays erased; an email belongs to one candidate. */
    private void checkAgainstStored(List<CheckedRow> rows, Map<String, Stored> stored, List<RowProblem> problems) {
        Map<String, UUID> owners = statements.ownersOfEmails(rows.stream().map(CheckedRow::email)
                .filter(Objects::nonNull).toList());
        for (CheckedRow row : rows) {
            Stored match = row.externalId() == null ? null : stored.get(row.externalId());
            if (match != null && match.erased()) {
                problems.add(new RowProblem(row.row(), "externalId",
                        "names a candidate who was erased; their data cannot come back"));
            }
            UUID owner = row.email() == null ? null : owners.get(row.email());
            if (owner != null && (match == null || !owner.equals(match.id()))) {
                problems.add(new RowProblem(row.row(), "email", "belongs to another candidate already"));
            }
        }
    }

    private void recordEvents(@Nullable UUID actorId, List<CandidateValues> created, List<CandidateValues> changed,
                              List<NewApplication> applications) {
        Map<UUID, Map<String, Object>> createdEvents = new LinkedHashMap<>();
        created.forEach(c -> createdEvents.put(c.id(), details(c.externalId())));
        audit.recordEach(actorId, "candidate.created", "candidate", createdEvents);
        Map<UUID, Map<String, Object>> changedEvents = new LinkedHashMap<>();
        changed.forEach(c -> changedEvents.put(c.id(), details(c.externalId())));
        audit.recordEach(actorId, "candidate.updated", "candidate", changedEvents);
        Map<UUID, Map<String, Object>> applicationEvents = new LinkedHashMap<>();
        applications.forEach(a -> applicationEvents.put(a.id(), Map.of("candidateId", a.candidateId(),
                "positionId", a.positionId(), "planId", a.planId(), "imported", true)));
        audit.recordEach(actorId, "application.created", "application", applicationEvents);
    }

    private static Map<String, Object> details(@Nullable String externalId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("imported", true);
        if (externalId != null) {
            details.put("externalId", externalId);
        }
        return details;
    }

    private static boolean sameData(Stored stored, CandidateValues values) {
        return stored.name().equals(values.name()) && Objects.equals(stored.email(), values.email())
                && Objects.equals(stored.phone(), values.phone());
    }
}
