package io.panelist.shared.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What every JSON body must be beyond well-formed JSON, for the readers that parse one ({@link StrictJsonReader} for
 * every bound body, the candidate import for its own): strict UTF-8, and strings and keys of whole characters.
 * Jackson would read an overlong {@code C0 AF} as {@code /}, an encoded surrogate {@code ED A0 80} or a lone
 * {@code \uD800} escape as a broken character, and store them so.
 */
public final class JsonText {
    private static final int LONGEST_PATH = 80;

    private JsonText() {
    }

    /** Refuses bytes that are not strict UTF-8 (Java's decoder refuses overlong and surrogate encodings). */
    public static void requireUtf8(byte[] bytes) {
        if (isAscii(bytes)) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 8192));
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw InvalidJsonException.notUtf8(in.position());
            }
        } while (result.isOverflow());
    }

    /** Refuses a string value at {@code path} (empty: the body itself) that holds half of a surrogate pair. */
    public static void requireWholeCharacters(String value, String path) {
        if (hasUnpairedSurrogate(value)) {
            throw InvalidJsonException.unpairedSurrogate(path.isEmpty() ? "the body" : "\"" + shortened(path) + "\"");
        }
    }

    /**
     * Jackson itself refuses half of a surrogate pair in a key (not in a value), as a parse error of its own; that
     * refusal names the problem too.
     */
    public static void refuseSurrogateInKey(JsonProcessingException refused) {
        String message = refused.getOriginalMessage();
        if (message != null && message.contains("surrogate") && message.contains("name")) {
            JsonLocation at = refused.getLocation();
            throw InvalidJsonException.unpairedSurrogate(at == null ? "a key"
                    : "a key (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses an object that names {@code key} again; {@code seen} holds the keys of the object so far. */
    public static void requireFirstTime(Set<String> seen, String key, String path) {
        if (!seen.add(key)) {
            throw InvalidJsonException.duplicateKey(shortened(path));
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String shortened(String path) {
        return path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) + "..." : path;
    }
}
