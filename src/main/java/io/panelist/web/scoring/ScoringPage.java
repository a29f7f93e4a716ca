package io.panelist.web.scoring;

import io.panelist.scheduling.InterviewResponse;
import io.panelist.scoring.ScorecardResponse;
import io.panelist.scoring.ScorecardStatus;
import io.panelist.scoring.sheet.Vote;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The live scoring page: the scorecard with its kit, and the interview's when and where in the viewer's zone. */
record ScoringPage(ScorecardResponse card, String positionTitle, String when, String location, boolean locationIsLink,
                   int plannedMinutes, boolean readOnly, String submitted, List<VoteChoice> votes) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    record VoteChoice(String value, String label, boolean hire) {
    }

    static ScoringPage of(ScorecardResponse card, InterviewResponse interview, int plannedMinutes, String viewerZone) {
        ZoneId zone = ZoneId.of(viewerZone);
        String when = WHEN.format(interview.startsAt().atZone(zone)) + "–" + UNTIL.format(interview.endsAt().atZone(zone))
                + " (" + zone.getId() + ")";
        String location = interview.location() == null ? "" : interview.location();
        return new ScoringPage(card, interview.positionTitle(), when, location,
                location.startsWith("https://") || location.startsWith("http://"), plannedMinutes,
                card.status() == ScorecardStatus.SUBMITTED,
                card.submittedAt() == null ? "" : WHEN.format(card.submittedAt().atZone(zone)),
                Arrays.stream(Vote.values()).map(v -> new VoteChoice(v.name(), label(v), v.forHire())).toList());
    }

    private static String label(Vote vote) {
        return switch (vote) {
            case STRONG_NO -> "Strong no";
            case NO -> "No";
            case YES -> "Yes";
            case STRONG_YES -> "Strong yes";
        };
    }
}
