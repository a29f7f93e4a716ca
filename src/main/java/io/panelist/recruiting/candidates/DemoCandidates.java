package io.panelist.recruiting.candidates;

import io.micronaut.context.annotation.Requires;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.CreateApplicationRequest;
import io.panelist.recruiting.positions.DemoPosition;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.recruiting.positions.PublishedPlans;
import io.panelist.shared.database.SeedContent;
import jakarta.inject.Singleton;

import java.util.List;

/** Four demo candidates, each applying to "Backend Engineer (Flask)". */
@Singleton
@Requires(env = "demo")
class DemoCandidates implements SeedContent {
    static final List<SaveCandidateRequest> PEOPLE = List.of(
            new SaveCandidateRequest("Jordan Lee", "jordan.lee@example.org", "+44 20 7946 0101", "Referral"),
            new SaveCandidateRequest("Priya Sharma", "priya.sharma@example.org", "+91 80 4000 0202", "Careers page"),
            new SaveCandidateRequest("Mateo García", "mateo.garcia@example.org", "+34 91 000 0303", "Meetup"),
            new SaveCandidateRequest("Chloe Martin", "chloe.martin@example.org", "+33 1 00 00 04 04", "Sourced"));
    private final CandidateService candidates;
    private final ApplicationService applications;
    private final PositionService positions;
    private final PublishedPlans publishedPlans;

    DemoCandidates(CandidateService candidates, ApplicationService applications, PositionService positions,
                   PublishedPlans publishedPlans) {
        this.candidates = candidates;
        this.applications = applications;
        this.positions = positions;
        this.publishedPlans = publishedPlans;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void seed() {
        var position = positions.findByTitle(DemoPosition.TITLE);
        if (position.isEmpty() || publishedPlans.publishedPlanId(position.get().id()).isEmpty()) {
            return;
        }
        for (SaveCandidateRequest person : PEOPLE) {
            if (candidates.findByEmail(person.email()).isEmpty()) {
                CandidateResponse candidate = candidates.createCandidate(null, person);
                applications.createApplication(null, new CreateApplicationRequest(candidate.id(), position.get().id()));
            }
        }
    }
}
