package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The "Find a time" card of the scheduling page: the stage, days and panel size asked about (as typed), the problems
 * per field, and the times found, each ready to book with one click.
 *
 * @param pageAction     where the finder's form goes without scripts (the scheduling page itself)
 * @param fragmentAction where htmx asks for the suggestions alone
 * @param bookAction     the booking path each suggestion posts to
 */
record FinderView(String pageAction, String fragmentAction, String bookAction, List<SlotFormView.StageOption> stages,
                  FinderValues values, String zone, Map<String, String> errors, List<Row> suggestions,
                  @Nullable String message) {

    /** One time found: when (in the recruiter's zone), who sits on the panel, and the fields its booking posts. */
    record Row(String when, String panel, String stageId, String date, String time, String minutes, String startsAt,
               List<String> panelistIds) {
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
