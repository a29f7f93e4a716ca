package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What the scheduling form says about the panel and the time picked, before booking: a hint while either is missing,
 * the problems with what was typed, or for each panelist whether they are free then and if not why (each reason a
 * note, an interview they are in linked), and the candidate's own interviews then.
 */
record PanelCheckView(@Nullable String hint, List<String> problems, String when, List<Person> panel,
                      List<String> candidateBusy) {

    PanelCheckView {
        problems = List.copyOf(problems);
        panel = List.copyOf(panel);
        candidateBusy = List.copyOf(candidateBusy);
    }

    /** One panelist: {@code state} in a word or two for the badge, the notes in full sentences. */
    record Person(String id, String name, boolean free, String state, List<Note> notes) {
        Person {
            notes = List.copyOf(notes);
        }
    }

    /** One reason a panelist is not free, with the interview that holds them when it is one. */
    record Note(String text, @Nullable String href, @Nullable String linkText) {
        static Note of(String text) {
            return new Note(text, null, null);
        }
    }

    static PanelCheckView hint(String hint) {
        return new PanelCheckView(hint, List.of(), "", List.of(), List.of());
    }

    static PanelCheckView problems(List<String> problems) {
        return new PanelCheckView(null, problems, "", List.of(), List.of());
    }

    /** "All 3 free", "1 of 2 free", "None of 2 free"; for one panelist "Free" or "Not free". */
    public String summary() {
        long free = panel.stream().filter(Person::free).count();
        if (panel.size() == 1) {
            return free == 1 ? "Free" : "Not free";
        }
        if (free == panel.size()) {
            return "All " + panel.size() + " free";
        }
        return (free == 0 ? "None" : String.valueOf(free)) + " of " + panel.size() + " free";
    }
}
