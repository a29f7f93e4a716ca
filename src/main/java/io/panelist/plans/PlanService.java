package io.panelist.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.identity.Role;
import io.panelist.plans.published.PublishedKits;
import io.panelist.plans.rules.PlanInvalidException;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Interview plans. Interviewers and administrators write drafts for any position, a hiring manager for their own;
 * administrators and the position's hiring manager publish. A published plan never changes: editing it means a new
 * version, and publishing that archives the one before.
 */
@Singleton
public class PlanService {
    private final PlanRepository plans;
    private final PlanWriter writer;
    private final PlanAssembler assembler;
    private final PublishedKits kits;
    private final PlanAccess access;
    private final AuditService audit;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanWriter writer, PlanAssembler assembler, PublishedKits kits, PlanAccess access,
                AuditService audit, Clock clock) {
        this.plans = plans;
        this.writer = writer;
        this.assembler = assembler;
        this.kits = kits;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PlanResponse createPlan(Viewer viewer, SavePlanRequest request) {
        SavePlanRequest.Policy policy = orderedPolicy(request);
        PositionResponse position = access.writablePosition(viewer, request.positionId());
        plans.lockPosition(position.id());
        Instant now = clock.instant();
        Plan plan = plans.save(new Plan(UUID.randomUUID(), position.id(), request.name().trim(),
                plans.nextPlanVersion(position.id()), PlanStatus.DRAFT.name(), policy.hireThreshold(),
                policy.strongHireThreshold(), 0, viewer.id(), null, null, now, now));
        writer.replaceStages(plan.id(), request.stages());
        audit.record(viewer.id(), "plan.created", "plan", plan.id(),
                Map.of("positionId", position.id(), "version", plan.planVersion()));
        return assembler.assemble(plans.findById(plan.id()).orElseThrow(), position.title());
    }

    /** Replaces a draft whole; the answer carries the validation report. */
    @Transactional
    public PlanResponse updatePlan(Viewer viewer, UUID planId, OptionalLong expectedVersion, SavePlanRequest request) {
        SavePlanRequest.Policy policy = orderedPolicy(request);
        Plan current = lockedDraft(viewer, planId, expectedVersion);
        if (!current.positionId().equals(request.positionId())) {
            throw InvalidInputException.badField("positionId", "a plan stays with its position; create a plan for the other one");
        }
        update(new Plan(current.id(), current.positionId(), request.name().trim(), current.planVersion(),
                current.status(), policy.hireThreshold(), policy.strongHireThreshold(), current.version(),
                current.createdBy(), null, null, current.createdAt(), clock.instant()));
        writer.replaceStages(planId, request.stages());
        audit.record(viewer.id(), "plan.updated", "plan", planId, Map.of("stages", request.stages().size()));
        return assembler.assemble(plans.findById(planId).orElseThrow(),
                access.readablePosition(viewer, current.positionId(), planId).title());
    }

    @ReadOnly
    public PlanResponse getPlan(Viewer viewer, UUID planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        PositionResponse position = access.readablePosition(viewer, plan.positionId(), planId);
        return assembler.assemble(plan, position.title());
    }

    @ReadOnly
    public Page<PlanSummary> listPlans(Viewer viewer, @Nullable UUID positionId, @Nullable PlanStatus status,
                                       Paging paging) {
        UUID managerFilter = viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name(), Role.INTERVIEWER.name())
                ? null : viewer.id();
        String statusName = status == null ? null : status.name();
        List<PlanSummary> items = plans.search(positionId, managerFilter, statusName, paging.pageSize(), paging.offset())
                .stream().map(r -> new PlanSummary(r.id(), r.positionId(), r.positionTitle(), r.name(), r.planVersion(),
                        PlanStatus.valueOf(r.status()), (int) r.stageCount(), r.publishedAt(), r.updatedAt())).toList();
        return new Page<>(items, paging.pageNumber(), paging.pageSize(),
                plans.countSearch(positionId, managerFilter, statusName));
    }

    /** One stage of a plan with its kit (anchors at the pinned rubric, questions at the pinned revision). */
    @ReadOnly
    public java.util.Optional<PlanResponse.Stage> stageKit(UUID planId, UUID stageId) {
        return kit(planId).stream().flatMap(plan -> plan.stages().stream())
                .filter(stage -> stage.id().equals(stageId)).findFirst();
    }

    /** The whole plan without a visibility check, for features that made their own. */
    @ReadOnly
    public java.util.Optional<PlanResponse> kit(UUID planId) {
        return kits.kit(planId);
    }

    /** The stage of a plan, if the stage belongs to it. */
    @ReadOnly
    public java.util.Optional<StageSummary> stageOfPlan(UUID planId, UUID stageId) {
        return plans.stageOfPlan(stageId, planId).map(row -> new StageSummary(row.id(), row.planId(), row.name(),
                StageKind.valueOf(row.kind()), row.minutes()));
    }

    /**
     * What the viewer may do with a plan, as the writes themselves would answer: edit it (a draft, by someone who
     * writes drafts for its position), publish it (that, and an administrator or the position's hiring manager), copy
     * it into a new version. A plan the viewer may not read is not found.
     */
    @ReadOnly
    public PlanActions actionsOn(Viewer viewer, UUID planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        PositionResponse position = access.readablePosition(viewer, plan.positionId(), planId);
        boolean writes = access.writesDrafts(viewer, position);
        boolean draft = plan.planStatus() == PlanStatus.DRAFT;
        boolean publishes = viewer.has(Role.ADMIN.name()) || position.hiringManagerId().equals(viewer.id());
        return new PlanActions(writes && draft, writes && draft && publishes, writes);
    }

    /** Whether the viewer may start drafts for the position; a position they may not read is not found. */
    @ReadOnly
    public boolean mayStartDraft(Viewer viewer, UUID positionId) {
        return access.mayStartDraft(viewer, positionId);
    }

    /** Publishes a valid draft (422 lists every problem), pins its rubrics and archives the plan it replaces. */
    @Transactional
    public PlanResponse publishPlan(Viewer viewer, UUID planId, OptionalLong expectedVersion) {
        Plan draft = lockedDraft(viewer, planId, expectedVersion);
        PositionResponse position = access.publishablePosition(viewer, draft.positionId());
        var problems = assembler.problems(draft, position.title());
        if (!problems.isEmpty()) {
            throw new PlanInvalidException(problems);
        }
        plans.lockPosition(draft.positionId());
        Instant now = clock.instant();
        plans.findPublished(draft.positionId()).ifPresent(previous -> {
            plans.setStatus(previous.id(), PlanStatus.ARCHIVED.name(), previous.publishedAt(), previous.publishedBy(), now);
            audit.record(viewer.id(), "plan.archived", "plan", previous.id(), Map.of("replacedBy", planId));
        });
        plans.pinRubrics(planId);
        plans.setStatus(planId, PlanStatus.PUBLISHED.name(), now, viewer.id(), now);
        audit.record(viewer.id(), "plan.published", "plan", planId, Map.of("version", draft.planVersion()));
        return assembler.assemble(plans.findById(planId).orElseThrow(), position.title());
    }

    /** A new draft, version n+1 of the position, copying everything from any plan of it. */
    @Transactional
    public PlanResponse newVersion(Viewer viewer, UUID planId) {
        Plan source = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        PositionResponse position = access.writablePosition(viewer, source.positionId());
        plans.lockPosition(position.id());
        Instant now = clock.instant();
        Plan copy = plans.save(new Plan(UUID.randomUUID(), source.positionId(), source.name(),
                plans.nextPlanVersion(source.positionId()), PlanStatus.DRAFT.name(), source.hireThreshold(),
                source.strongHireThreshold(), 0, viewer.id(), null, null, now, now));
        writer.copyStages(planId, copy.id());
        audit.record(viewer.id(), "plan.created", "plan", copy.id(),
                Map.of("copiedFrom", planId, "version", copy.planVersion()));
        return assembler.assemble(copy, position.title());
    }

    private static SavePlanRequest.Policy orderedPolicy(SavePlanRequest request) {
        SavePlanRequest.Policy policy = request.policyOrDefault();
        if (!policy.isOrdered()) {
            throw InvalidInputException.badField("policy", "hireThreshold must not exceed strongHireThreshold");
        }
        return policy;
    }

    private Plan lockedDraft(Viewer viewer, UUID planId, OptionalLong expectedVersion) {
        Plan plan = plans.findForUpdate(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        access.mayWrite(viewer, access.readablePosition(viewer, plan.positionId(), planId));
        if (plan.planStatus() != PlanStatus.DRAFT) {
            throw new PlanPublishedException(planId, plan.planStatus());
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != plan.version()) {
            throw new StaleVersionException("Plan " + planId, plan.version());
        }
        return plan;
    }

    private Plan update(Plan plan) {
        try {
            return plans.update(plan);
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Plan " + plan.id(), plan.version() + 1);
        }
    }
}
