package io.panelist.web;

import io.panelist.shared.Paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Links to another page of a filtered list: only the filters that are set, page and size only when not the default. */
public final class PageLinks {
    private PageLinks() {
    }

    public static String of(String path, Map<String, String> filters, int page, int size) {
        Map<String, String> params = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                params.put(name, value.trim());
            }
        });
        if (page > 0) {
            params.put("page", String.valueOf(page));
        }
        if (size != Paging.DEFAULT_SIZE) {
            params.put("size", String.valueOf(size));
        }
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return path + (query.isEmpty() ? "" : "?" + query);
    }
}
