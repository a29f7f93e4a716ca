package io.panelist.shared.input;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

/**
 * A JSON body that a lenient reader would accept but store altered or ambiguously: not strict UTF-8, a key twice in
 * one object, or half of a surrogate pair. The detail names which, and where.
 */
public final class InvalidJsonException extends PanelistException {
    private InvalidJsonException(String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-json", detail);
    }

    static InvalidJsonException notUtf8(long offset) {
        return new InvalidJsonException("The request body is not valid UTF-8 at byte " + offset + ": broken, overlong"
                + " and surrogate (CESU-8) encodings are refused. Send the text as standard UTF-8.");
    }

    static InvalidJsonException duplicateKey(String path) {
        return new InvalidJsonException("The request body has the key \"" + path + "\" twice in one object."
                + " Send each key once.");
    }

    /** {@code where}: a phrase such as {@code "summary"} or {@code a key of "topicScores[]"}. */
    static InvalidJsonException unpairedSurrogate(String where) {
        return new InvalidJsonException("The request body has half of a surrogate pair (an unpaired \\uD800-\\uDFFF"
                + " escape) in " + where + ". Send a whole character: both halves of the pair, or the character"
                + " itself.");
    }
}
