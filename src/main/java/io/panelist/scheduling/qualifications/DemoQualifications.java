package io.panelist.scheduling.qualifications;

import io.micronaut.context.annotation.Requires;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.database.SeedContent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Demo qualifications: ana@example.com and ben@example.com are QUALIFIED in every topic of the demo's plans, so
 * the scheduling page's "Find a time" has panels to suggest. Only for someone with nothing recorded yet.
 */
@Singleton
@Requires(env = "demo")
class DemoQualifications implements SeedContent {
    private static final List<String> INTERVIEWERS = List.of("ana@example.com", "ben@example.com");
    private final QualificationService qualifications;
    private final ApplicationService applications;
    private final PlanService plans;
    private final IdentityService identity;

    DemoQualifications(QualificationService qualifications, ApplicationService applications, PlanService plans,
                       IdentityService identity) {
        this.qualifications = qualifications;
        this.applications = applications;
        this.plans = plans;
        this.identity = identity;
    }

    @Override
    public int order() {
        return 48; // after the demo's candidates and applications (45), before their interviews (50)
    }

    @Override
    public void seed() {
        var admin = identity.userByEmail("admin@example.com");
        if (admin.isEmpty()) {
            return;
        }
        Viewer system = new Viewer(admin.get().id(), Set.of(Role.ADMIN.name()));
        Set<String> topics = new TreeSet<>();
        for (ApplicationResponse application : applications.listApplications(system, null, null,
                ApplicationStatus.ACTIVE, Paging.of(0, 50)).items()) {
            for (PlanResponse.Stage stage : plans.getPlan(system, application.planId()).stages()) {
                stage.topics().forEach(topic -> topics.add(topic.topicKey()));
            }
        }
        if (topics.isEmpty()) {
            return;
        }
        var request = new SaveQualificationsRequest(topics.stream()
                .map(key -> new SaveQualificationsRequest.Topic(key, QualificationLevel.QUALIFIED.name())).toList());
        for (String email : INTERVIEWERS) {
            identity.userByEmail(email).filter(user -> qualifications.qualifications(system, user.id()).topics()
                    .isEmpty()).ifPresent(user -> qualifications.saveQualifications(system, user.id(),
                    OptionalLong.empty(), request));
        }
    }
}
