package io.panelist.scheduling;

import io.micronaut.context.annotation.Requires;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.plans.PlanService;
import io.panelist.plans.PlanResponse;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.shared.Paging;
import io.panelist.shared.database.SeedContent;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo interviews: two candidates went through every round, two start now. ana@example.com and ben@example.com sit on
 * panels together, and one
 * interview is today. Only for applications that have no interview yet.
 */
@Singleton
@Requires(env = "demo")
class DemoInterviews implements SeedContent {
    private final SchedulingService scheduling;
    private final ApplicationService applications;
    private final PlanService plans;
    private final IdentityService identity;
    private final InterviewRepository interviews;
    private final Clock clock;

    DemoInterviews(SchedulingService scheduling, ApplicationService applications, PlanService plans,
                   IdentityService identity, InterviewRepository interviews, Clock clock) {
        this.scheduling = scheduling;
        this.applications = applications;
        this.plans = plans;
        this.identity = identity;
        this.interviews = interviews;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed() {
        var admin = identity.userByEmail("admin@example.com");
        var ana = identity.userByEmail("ana@example.com");
        var ben = identity.userByEmail("ben@example.com");
        if (admin.isEmpty() || ana.isEmpty() || ben.isEmpty() || interviews.count() > 0) {
            return;
        }
        Viewer system = new Viewer(admin.get().id(), Set.of(Role.ADMIN.name()));
        List<ApplicationResponse> active = applications.listApplications(system, null, null, ApplicationStatus.ACTIVE,
                Paging.of(0, 10)).items().stream()
                .sorted(java.util.Comparator.comparing(ApplicationResponse::createdAt)).toList();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<UUID> panel = List.of(ana.get().id(), ben.get().id());
        for (int i = 0; i < active.size(); i++) {
            PlanResponse plan = plans.getPlan(system, active.get(i).planId());
            if (i < 2) {
                // the first two candidates went through every round in the past four days
                for (int round = 0; round < plan.stages().size(); round++) {
                    ZonedDateTime start = today.minusDays(plan.stages().size() - round).atTime(9 + 2 * i, 0)
                            .atZone(ZoneOffset.UTC);
                    book(system, active.get(i).id(), plan.stages().get(round), start, panel,
                            "https://meet.example.com/panelist-past-" + i + round);
                }
            } else {
                // the others start with the screen: the first is in progress (it began ten minutes ago, so its
                // panel can score it live and submit), the next ones at the next full hour a day apart
                ZonedDateTime start = i == 2
                        ? clock.instant().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusMinutes(10)
                        : clock.instant().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusHours(1)
                        .plusDays(i - 2);
                book(system, active.get(i).id(), plan.stages().get(0), start, panel,
                        "https://meet.example.com/panelist-demo-" + (i + 1));
            }
        }
    }

    /**
     * The demo's rounds are booked past the panel's load limits: four past rounds of two candidates can fall in one
     * week (on a Monday), and a limit someone set on the demo's users must not stop the server from starting.
     */
    private static final LoadLimitOverride DEMO_LOAD = new LoadLimitOverride("The demo's own rounds");

    private void book(Viewer system, UUID applicationId, PlanResponse.Stage stage, ZonedDateTime start, List<UUID> panel,
                      String link) {
        scheduling.scheduleInterview(system, new ScheduleInterviewRequest(applicationId, stage.id(),
                start.toOffsetDateTime(), start.plusMinutes(stage.minutes()).toOffsetDateTime(), "Europe/Berlin", link,
                panel, true, DEMO_LOAD));
    }
}
