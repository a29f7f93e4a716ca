package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** What the recruiter asks the finder, as typed: the stage, the first and last day (in their zone), the panel size. */
record FinderValues(@Nullable String stageId, @Nullable String from, @Nullable String to, @Nullable String panelSize) {
    static final String DEFAULT_PANEL = "2";
    /** Nothing asked: every default applies. */
    static final FinderValues NONE = new FinderValues(null, null, null, null);

    /** A week from {@code firstDay}, for a panel of two. */
    static FinderValues weekFrom(String stageId, LocalDate firstDay) {
        return new FinderValues(stageId, firstDay.toString(), firstDay.plusDays(6).toString(), DEFAULT_PANEL);
    }

    /** After a refused booking: a week from the day it was for (or {@code fallback}), for a panel of its size. */
    static FinderValues around(SlotForm form, LocalDate fallback) {
        LocalDate day;
        try {
            day = LocalDate.parse(form.text(form.date()).trim());
        } catch (java.time.format.DateTimeParseException e) {
            day = fallback;
        }
        int size = form.panelistIds().size();
        FinderValues week = weekFrom(form.text(form.stageId()), day);
        return size >= 1 && size <= 8 ? new FinderValues(week.stageId, week.from, week.to, String.valueOf(size)) : week;
    }

    /** Anything not asked (the page opened without a query) takes the default. */
    FinderValues orElse(FinderValues defaults) {
        return new FinderValues(stageId == null ? defaults.stageId : stageId, from == null ? defaults.from : from,
                to == null ? defaults.to : to, panelSize == null ? defaults.panelSize : panelSize);
    }

    String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
