package io.panelist.shared;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code ?page=0&size=20}, bound as a request bean so every list validates it the same way. */
@Introspected
public record Paging(@QueryValue @Nullable @Min(0) Integer page,
                     @QueryValue @Nullable @Min(1) @Max(MAX_SIZE) Integer size) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static Paging of(int page, int size) {
        return new Paging(page, size);
    }

    public int pageNumber() {
        return page == null ? 0 : page;
    }

    public int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) pageNumber() * pageSize();
    }
}
