package io.panelist.shared.openapi;

import io.micronaut.http.HttpStatus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error answer of an endpoint that its declaration does not show: a rule of the service that refuses (409, 422,
 * 429, or a 404 for an id in the body). The OpenAPI document lists it with {@code when} as its description, beside
 * the answers derived for every endpoint (401, 403, 400, 404, 412, 428; see {@link ErrorAnswers}). Unlike
 * {@code @ApiResponse}, it leaves the success answer to the generator.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Refusal.List.class)
public @interface Refusal {
    HttpStatus status();

    /** When it is answered, for an integrator: "The email belongs to another user". */
    String when();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Refusal[] value();
    }
}
