package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;

/** The two shapes an import comes in, by the request's Content-Type. */
enum ImportFormat {
    CSV, JSON;

    static final String TEXT_CSV = "text/csv";

    /** The format of a content type the endpoint consumes (the router has refused any other with 415). */
    static ImportFormat of(@Nullable MediaType contentType) {
        return contentType != null && TEXT_CSV.equals(contentType.getName()) ? CSV : JSON;
    }
}
