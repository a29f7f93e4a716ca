package io.panelist.shared.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.JsonMessageHandler;
import io.panelist.shared.problem.Problem;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads JSON request bodies strictly, before the usual reader binds them: the body must be exactly one JSON value
 * (no second document, no stray {@code }} after the first), and an array is refused where the bound type expects a
 * single value ({@code "outcome": ["HIRE"]}), which the serde reader would otherwise unwrap, and anything but
 * {@code true}, {@code false} or {@code null} where it expects a boolean. Each is a 400 like
 * any other body that is not valid JSON for the endpoint. So is a body that is not strict UTF-8, that names a key
 * twice in one object (the serde reader keeps the last), or that holds half of a surrogate pair
 * ({@link JsonText}; those answer {@link InvalidJsonException}, which names the problem). It runs while the body is
 * bound, after it has arrived, so it needs no filter that waits for the body; every JSON body of every endpoint but
 * the candidate import (which parses its own, with the same checks) comes through here.
 */
@Singleton
@Consumes({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Order(JsonMessageHandler.ORDER - 1)
public final class StrictJsonReader<T> implements MessageBodyReader<T> {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int MAX_DEPTH = 64;
    private final JsonMessageHandler<T> delegate;

    StrictJsonReader(JsonMapper jsonMapper) {
        this.delegate = new JsonMessageHandler<>(jsonMapper);
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return delegate.isReadable(type, mediaType);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer)
            throws CodecException {
        // like the usual reader: the buffer is released here on success, and by the caller when reading fails
        T value = readBytes(type, mediaType, httpHeaders, byteBuffer.toByteArray());
        if (byteBuffer instanceof ReferenceCounted counted) {
            counted.release();
        }
        return value;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream)
            throws CodecException {
        try {
            return readBytes(type, mediaType, httpHeaders, inputStream.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("Error reading the JSON body: " + e.getMessage(), e);
        }
    }

    private T readBytes(Argument<T> type, MediaType mediaType, Headers httpHeaders, byte[] bytes) {
        check(type, bytes);
        return delegate.read(type, mediaType, httpHeaders, new java.io.ByteArrayInputStream(bytes));
    }

    /** Refuses a body that is more than one JSON value, or that has an array where {@code type} wants a scalar. */
    static void check(Argument<?> type, byte[] bytes) {
        JsonText.requireUtf8(bytes);
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() == null) {
                return; // an empty body: the usual reader decides
            }
            value(parser, type, "", 0);
            if (parser.nextToken() != null) {
                throw new CodecException("Invalid JSON: the body holds more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            JsonText.refuseSurrogateInKey(e);
            throw new CodecException("Invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CodecException("Invalid JSON: " + e.getMessage(), e);
        }
    }

    /** Walks the value at the parser's current token, with what the bound type expects there (null: anything). */
    private static void value(JsonParser parser, Argument<?> bound, String path, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        Argument<?> expected = bound != null && bound.getType() == Optional.class
                ? bound.getFirstTypeVariable().orElse(null) : bound;
        if (depth > MAX_DEPTH) {
            throw new CodecException("Invalid JSON: nested too deeply");
        }
        if (token == JsonToken.START_ARRAY) {
            if (expected != null && isScalar(expected.getType())) {
                throw new CodecException("Invalid JSON: " + (path.isEmpty() ? "the body" : path)
                        + " takes a single value, not an array");
            }
            Argument<?> element = elementOf(expected);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                value(parser, element, path + "[]", depth + 1);
            }
        } else if (token == JsonToken.START_OBJECT) {
            Set<String> keys = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String at = path.isEmpty() ? name : path + "." + name;
                JsonText.requireFirstTime(keys, name, at);
                parser.nextToken();
                value(parser, fieldOf(expected, name), at, depth + 1);
            }
        } else {
            if (token == JsonToken.VALUE_STRING) {
                JsonText.requireWholeCharacters(parser.getText(), path);
            }
            if (expected != null && (expected.getType() == Boolean.class || expected.getType() == boolean.class)
                    && token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE && token != JsonToken.VALUE_NULL) {
                // the serde reader would read "no", 0 or "yes" as a boolean and store what no one meant
                throw new CodecException("Invalid JSON: " + (path.isEmpty() ? "the body" : path)
                        + " takes true or false");
            }
        }
    }

    private static boolean isScalar(Class<?> type) {
        return type.isPrimitive() || CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type == Character.class || type.isEnum() || type == UUID.class
                || Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
                || java.time.ZoneId.class.isAssignableFrom(type);
    }

    private static Argument<?> elementOf(Argument<?> container) {
        if (container == null) {
            return null;
        }
        Class<?> type = container.getType();
        if (type.isArray()) {
            return Argument.of(type.getComponentType());
        }
        if (Collection.class.isAssignableFrom(type)) {
            return container.getFirstTypeVariable().orElse(null);
        }
        return null;
    }

    private static Argument<?> fieldOf(Argument<?> container, String name) {
        if (container == null) {
            return null;
        }
        Class<?> type = container.getType();
        if (Map.class.isAssignableFrom(type)) {
            Argument<?>[] parameters = container.getTypeParameters();
            return parameters.length == 2 ? parameters[1] : null;
        }
        if (isScalar(type) || type == Object.class) {
            return null;
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type);
        if (introspection.isEmpty()) {
            return null;
        }
        Optional<? extends BeanProperty<?, ?>> property = introspection.get().getProperty(name);
        return property.isPresent() ? property.get().asArgument() : null;
    }
}
