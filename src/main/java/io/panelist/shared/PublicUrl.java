package io.panelist.shared;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Where people reach Panelist from outside (PANELIST_PUBLIC_URL): every link in a mail or an invite starts here. */
@Singleton
public class PublicUrl {
    private final String base;

    PublicUrl(@Value("${panelist.public-url:`http://localhost:8080`}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute link to a path of the web app, such as {@code /interviews/…/scorecard}. */
    public String to(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
