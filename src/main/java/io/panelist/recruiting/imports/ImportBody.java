package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.panelist.shared.problem.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The body of an import, read whole but never past {@link #MAX_BYTES}: the server streams it (an import may be ten
 * times the size of any other body), so the limit is kept here, for bodies that declare their length and for
 * those that arrive in chunks alike.
 */
final class ImportBody {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    private ImportBody() {
    }

    /**
     * The body as it arrives, unbuffered (the endpoint binds no body, so the server leaves it to be read here); none
     * when it declares a length past the limit, which {@link #read} refuses before anything is read.
     */
    @Nullable
    static InputStream streamOf(HttpRequest<?> request) {
        if (request.getContentLength() > MAX_BYTES || !(request instanceof ServerHttpRequest<?> server)) {
            return null;
        }
        try {
            return server.byteBody().toInputStream();
        } catch (ContentLengthExceededException e) {
            return null;
        }
    }

    /** The bytes of the body; 413 past the limit, 400 for a body that is empty or breaks off. */
    static byte[] read(@Nullable InputStream body, long declaredLength) {
        if (declaredLength > MAX_BYTES) {
            throw new ImportTooLargeException();
        }
        if (body == null) {
            throw empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : CHUNK);
        byte[] chunk = new byte[CHUNK];
        try (body) {
            for (int read = body.read(chunk); read != -1; read = body.read(chunk)) {
                if (bytes.size() + read > MAX_BYTES) {
                    throw new ImportTooLargeException();
                }
                bytes.write(chunk, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportTooLargeException tooLarge) {
                throw tooLarge;
            }
            if (causedBy(e, ContentLengthExceededException.class)) {
                throw new ImportTooLargeException();
            }
            throw InvalidInputException.badField("body", "could not be read to its end");
        }
        if (bytes.size() == 0) {
            throw empty();
        }
        return bytes.toByteArray();
    }

    /** The bytes as UTF-8 text, without a byte order mark; 400 when they are not UTF-8. */
    static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInputException.badField("body", "must be UTF-8 text");
        }
    }

    private static InvalidInputException empty() {
        return InvalidInputException.badField("body", "must hold the rows to import; it is empty");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
