package io.panelist.questionbank;

public enum QuestionKind {
    CONCEPT, CODING, DESIGN, BEHAVIORAL
}
