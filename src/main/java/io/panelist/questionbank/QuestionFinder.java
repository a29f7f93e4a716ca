package io.panelist.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Paging;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A search in a fixed number of queries: the full-text page (and its count unless the page tells it); only when the
 * words find nothing at all, the spelling of the words and the similar-words page (and its count).
 */
@Singleton
class QuestionFinder {
    private final QuestionSearchQueries queries;
    private final QuestionSpelling spelling;

    QuestionFinder(QuestionSearchQueries queries, QuestionSpelling spelling) {
        this.queries = queries;
        this.spelling = spelling;
    }

    QuestionSearchPage find(QuestionSearchQueries.Filters filters, Paging paging) {
        List<QuestionRow> rows = queries.page(filters, paging.pageSize(), paging.offset());
        if (filters.text() == null) {
            return answer(rows, paging, total(filters, rows, paging), null, null);
        }
        // an empty page past the first: the words may still have found questions on the pages before
        Long found = rows.isEmpty() && paging.offset() > 0 ? queries.count(filters) : null;
        if (!rows.isEmpty() || (found != null && found > 0)) {
            return answer(rows, paging, found != null ? found : total(filters, rows, paging), QuestionMatch.WORDS,
                    null);
        }
        return similar(filters, paging);
    }

    private QuestionSearchPage similar(QuestionSearchQueries.Filters filters, Paging paging) {
        List<QuestionSpelling.Word> words = spelling.words(QuestionSpelling.tokens(filters.text()));
        String didYouMean = QuestionSpelling.didYouMean(filters.text(), words);
        List<String> compared = words.stream().filter(word -> !word.stop()).map(QuestionSpelling.Word::token).toList();
        if (compared.isEmpty()) {
            return answer(List.of(), paging, 0, QuestionMatch.SIMILAR_WORDS, didYouMean);
        }
        QuestionSearchQueries.Filters similar = filters.similarTo(compared);
        List<QuestionRow> rows = queries.page(similar, paging.pageSize(), paging.offset());
        return answer(rows, paging, total(similar, rows, paging), QuestionMatch.SIMILAR_WORDS, didYouMean);
    }

    private long total(QuestionSearchQueries.Filters filters, List<QuestionRow> rows, Paging paging) {
        return lastPage(rows, paging) ? paging.offset() + rows.size() : queries.count(filters);
    }

    /** A page that is not full, and holds something or starts at the beginning, is the last: it tells the total. */
    private static boolean lastPage(List<?> items, Paging paging) {
        return items.size() < paging.pageSize() && (!items.isEmpty() || paging.offset() == 0);
    }

    private static QuestionSearchPage answer(List<QuestionRow> rows, Paging paging, long total,
                                             @Nullable QuestionMatch matchedBy, @Nullable String didYouMean) {
        return new QuestionSearchPage(rows.stream().map(QuestionResponse::of).toList(), paging.pageNumber(),
                paging.pageSize(), total, matchedBy, didYouMean);
    }
}
