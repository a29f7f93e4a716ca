package io.panelist.recruiting.positions;

import io.micronaut.context.annotation.Requires;
import io.panelist.identity.IdentityService;
import io.panelist.questionbank.Level;
import io.panelist.shared.database.SeedContent;
import jakarta.inject.Singleton;

/** The demo's opening, "Backend Engineer (Flask)", managed by manager@example.com. */
@Singleton
@Requires(env = "demo")
public class DemoPosition implements SeedContent {
    public static final String TITLE = "Backend Engineer (Flask)";
    private final PositionService positions;
    private final IdentityService identity;

    DemoPosition(PositionService positions, IdentityService identity) {
        this.positions = positions;
        this.identity = identity;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed() {
        if (positions.findByTitle(TITLE).isPresent()) {
            return;
        }
        identity.userByEmail("manager@example.com").ifPresent(manager -> positions.createPosition(null,
                new SavePositionRequest(TITLE, Level.MID, manager.id(), PositionStatus.OPEN)));
    }
}
