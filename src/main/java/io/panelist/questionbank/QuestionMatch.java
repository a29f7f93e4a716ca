package io.panelist.questionbank;

/** How a search with words found its questions. */
public enum QuestionMatch {
    /** Full text: every word (the last one also as the start of a longer word), ranked by relevance. */
    WORDS,
    /** The words found nothing: questions with a word like each of them in the prompt or tags, closest first. */
    SIMILAR_WORDS
}
