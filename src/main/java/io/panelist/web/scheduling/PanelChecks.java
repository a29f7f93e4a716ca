package io.panelist.web.scheduling;

import io.micronaut.http.HttpStatus;
import io.panelist.scheduling.BookingPreview;
import io.panelist.scheduling.InterviewConflictException;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.web.recruiting.TimeWording;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scheduling form's check of the panel and the time picked: reads them as a booking would ({@link SlotForms}),
 * asks {@link BookingPreview} (the rules a booking and find-times apply) and says per panelist, in words, whether they
 * are free. An interview that holds someone is named only as far as the viewer may read it.
 */
@Singleton
class PanelChecks {
    static final String PICK_PANEL = "Pick the panel to see whether each of them is free at that time.";
    static final String PICK_TIME = "Choose the day and the start time to see whether the panel is free then.";
    private final SlotForms forms;
    private final BookingPreview preview;
    private final SchedulingService scheduling;

    PanelChecks(SlotForms forms, BookingPreview preview, SchedulingService scheduling) {
        this.forms = forms;
        this.preview = preview;
        this.scheduling = scheduling;
    }

    /** What to answer: 200 with the check or a hint, 400 with the problems of what was typed. */
    record Answer(HttpStatus status, PanelCheckView view) {
    }

    Answer check(Viewer viewer, UUID applicationId, SlotForm form) {
        if (form.panelistIds().isEmpty()) {
            return new Answer(HttpStatus.OK, PanelCheckView.hint(PICK_PANEL));
        }
        if (form.text(form.date()).isBlank() || form.text(form.time()).isBlank()) {
            return new Answer(HttpStatus.OK, PanelCheckView.hint(PICK_TIME));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        SlotForms.Slot slot = forms.parse(form, errors);
        if (slot == null) {
            return new Answer(HttpStatus.BAD_REQUEST, PanelCheckView.problems(List.copyOf(errors.values())));
        }
        ZoneId zone = ZoneId.of(slot.timeZone());
        try {
            BookingPreview.Preview found = preview.preview(viewer, applicationId, slot.startsAt().toInstant(),
                    slot.endsAt().toInstant(), slot.panel());
            String when = TimeWording.range(slot.startsAt().toInstant(), slot.endsAt().toInstant(), zone) + " ("
                    + zone.getId() + ")";
            return new Answer(HttpStatus.OK, new PanelCheckView(null, List.of(), when,
                    found.panel().stream().map(p -> person(viewer, p, zone)).toList(),
                    found.candidateBusy().stream().map(b -> "The candidate already has an interview then: "
                            + interview(viewer, b, zone, "").text() + ".").toList()));
        } catch (InvalidInputException e) {
            return new Answer(HttpStatus.BAD_REQUEST, PanelCheckView.problems(
                    List.copyOf(SlotRefusal.of(e, zone, false).errors().values())));
        }
    }

    private PanelCheckView.Person person(Viewer viewer, BookingPreview.PanelistAtTime p, ZoneId zone) {
        List<PanelCheckView.Note> notes = new ArrayList<>();
        if (!p.eligible()) {
            notes.add(PanelCheckView.Note.of("Cannot sit on a panel: not an active interviewer or hiring manager."));
        } else {
            p.busy().forEach(b -> notes.add(interview(viewer, b, zone, "Already in ")));
            if (p.away()) {
                notes.add(PanelCheckView.Note.of("On time away then."));
            }
            if (!p.insideHours()) {
                notes.add(PanelCheckView.Note.of("Outside their working hours."));
            }
            p.overLimits().forEach(o -> notes.add(PanelCheckView.Note.of(LoadLimitWording.sentence(o, false))));
        }
        return new PanelCheckView.Person(p.userId().toString(), p.name(), p.free(), state(p), notes);
    }

    /** The word on the badge: the strongest reason, as a booking would meet it (a clash refuses outright). */
    private static String state(BookingPreview.PanelistAtTime p) {
        if (!p.eligible()) {
            return "cannot sit";
        }
        if (!p.busy().isEmpty()) {
            return "already booked";
        }
        if (p.away()) {
            return "on time away";
        }
        if (!p.insideHours()) {
            return "outside working hours";
        }
        return p.overLimits().isEmpty() ? "free" : "over a limit";
    }

    /** "Phone screen with Chloe Martin, Tue 8 Dec 2026, 10:00–10:45" after {@code lead}, linked if the viewer may read it. */
    private PanelCheckView.Note interview(Viewer viewer, InterviewConflictException.Busy busy, ZoneId zone,
                                          String lead) {
        String when = TimeWording.range(busy.startsAt(), busy.endsAt(), zone);
        try {
            InterviewResponse held = scheduling.getInterview(viewer, busy.interviewId());
            return new PanelCheckView.Note(lead + held.stageName() + " with " + held.candidateName() + ", " + when,
                    "/interviews/" + held.id(), "see that interview");
        } catch (NotFoundException e) {
            return PanelCheckView.Note.of(lead + "another interview, " + when);
        }
    }
}
