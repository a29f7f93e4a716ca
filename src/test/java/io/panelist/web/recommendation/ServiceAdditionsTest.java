package io.panelist.web.recommendation;

import io.panelist.identity.Role;
import io.panelist.recommendation.calibration.InsightService;
import io.panelist.recommendation.calibration.PanelMember;
import io.panelist.recommendation.RecommendationService;
import io.panelist.scoring.review.ScorecardReviewService;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Viewer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small service methods the manager's pages needed: the position's panel and who is kept blind. */
class ServiceAdditionsTest extends ManagerWebTest {
    @Inject
    InsightService insights;
    @Inject
    RecommendationService recommendations;
    @Inject
    ScorecardReviewService reviews;

    private Viewer as(String email, Role role) {
        return new Viewer(userId(email), Set.of(role.name()));
    }

    @Test
    void thePanelListsWhoScoredThePositionWithCalibrationOnlyForThoseWhoMaySeeIt() {
        UUID position = positionId();

        assertThat(insights.panel(as("manager@example.com", Role.HIRING_MANAGER), position))
                .extracting(PanelMember::displayName, PanelMember::scorecards, PanelMember::calibrationVisible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Interviewer", 8, true),
                        org.assertj.core.groups.Tuple.tuple("Ben Interviewer", 8, true));
        assertThat(insights.panel(as("recruiter@example.com", Role.RECRUITER), position))
                .extracting(PanelMember::calibrationVisible).containsOnly(false);
        assertThatThrownBy(() -> insights.panel(as("ana@example.com", Role.INTERVIEWER), position))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> insights.panel(as("manager@example.com", Role.HIRING_MANAGER), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAnEntitledPanelistWithAScorecardStillDueIsWithheldFrom() {
        UUID jordan = application("Jordan Lee").id();
        Viewer manager = as("manager@example.com", Role.HIRING_MANAGER);
        Viewer ana = as("ana@example.com", Role.INTERVIEWER);
        assertThat(recommendations.isWithheldFrom(manager, jordan)).isFalse();
        assertThat(reviews.awaitsOwnScorecards(manager, jordan)).isFalse();

        managerOnPanelOf("Jordan Lee");

        assertThat(reviews.awaitsOwnScorecards(manager, jordan)).isTrue();
        assertThat(recommendations.isWithheldFrom(manager, jordan)).isTrue();
        assertThat(recommendations.isWithheldFrom(ana, jordan)).isFalse();
        assertThat(recommendations.isWithheldFrom(manager, UUID.randomUUID())).isFalse();
    }
}
