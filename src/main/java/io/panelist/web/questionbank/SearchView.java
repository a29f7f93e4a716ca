package io.panelist.web.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.panelist.questionbank.QuestionMatch;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionSearchPage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of search results as the list shows them, with the links to the pages before and after, and when the words
 * found nothing as typed, the search in the bank's spelling ({@code didYouMean}, with its link).
 */
record SearchView(List<Item> items, String summary, String pageLabel, @Nullable String previous,
                  @Nullable String next, @Nullable String didYouMean, @Nullable String didYouMeanLink) {

    record Item(UUID id, String prompt, String topicKey, String topicName, String level, String kind,
                String minutes, List<String> tags, boolean retired) {
    }

    static SearchView of(QuestionSearchPage page, Map<String, String> topicNames, QuestionFilters filters) {
        List<Item> items = page.items().stream().map(q -> new Item(q.id(), q.prompt(), q.topicKey(),
                topicNames.getOrDefault(q.topicKey(), q.topicKey()), QuestionBankWording.level(q.level()),
                QuestionBankWording.kind(q.kind()), QuestionBankWording.minutes(q.minutes()), q.tags(), q.retired())).toList();
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        String previous = page.page() > 0 ? filters.link(page.page() - 1, page.size()) : null;
        String next = page.page() + 1 < pages ? filters.link(page.page() + 1, page.size()) : null;
        String pageLabel = "Page " + (page.page() + 1) + " of " + pages;
        String suggestion = page.didYouMean();
        return new SearchView(items, summary(page, filters), pageLabel, previous, next, suggestion,
                suggestion == null ? null : filters.withText(suggestion).link(0, page.size()));
    }

    private static String summary(QuestionSearchPage page, QuestionFilters filters) {
        String what = filters.retiredOnly() ? "retired question" : "question";
        if (page.total() == 0) {
            return filters.any() ? "No " + what + "s match. Try fewer words or clear a filter." : "The bank is empty.";
        }
        String count = QuestionBankWording.plural(page.total(), what, what + "s");
        if (!filters.text().isBlank()) {
            String text = filters.text().trim();
            String quoted = "“" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "”";
            return page.matchedBy() == QuestionMatch.SIMILAR_WORDS
                    ? "No exact match for " + quoted + "; " + count + " with similar words, closest first."
                    : count + " match " + quoted + ", best first.";
        }
        return count + (filters.any() ? " match, newest first." : ", newest first.");
    }
}
