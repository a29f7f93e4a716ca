package io.panelist.shared;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 137}}. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
