package io.panelist.shared.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint that streams its body and keeps its own limit, up to {@code micronaut.server.max-request-size}; every
 * other endpoint takes at most {@code micronaut.server.max-request-buffer-size} (see {@link BodySizeFilter}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {
}
