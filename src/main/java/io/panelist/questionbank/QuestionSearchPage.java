package io.panelist.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.Page;

import java.util.List;

/**
 * A page of a question search: a {@link Page}'s fields, plus how the words matched ({@code matchedBy}, absent without
 * {@code q}) and, when the words found nothing as typed, {@code didYouMean}: the search spelled with the bank's
 * closest words.
 */
@Serdeable
public record QuestionSearchPage(List<QuestionResponse> items, int page, int size, long total,
                                 @Nullable QuestionMatch matchedBy, @Nullable String didYouMean) {
    public QuestionSearchPage {
        items = List.copyOf(items);
    }

    public Page<QuestionResponse> asPage() {
        return new Page<>(items, page, size, total);
    }
}
