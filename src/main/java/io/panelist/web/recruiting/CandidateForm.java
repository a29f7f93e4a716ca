package io.panelist.web.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.recruiting.candidates.CandidateResponse;
import io.panelist.recruiting.candidates.SaveCandidateRequest;

/** The candidate form as posted (every field text, as typed), with the version the page read and its CSRF token. */
@Serdeable
record CandidateForm(@Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String source,
                     @Nullable String version, @Nullable String csrfToken) {

    static final CandidateForm EMPTY = new CandidateForm("", "", "", "", null, null);

    static CandidateForm of(CandidateResponse candidate) {
        return new CandidateForm(candidate.name(), text(candidate.email()), text(candidate.phone()),
                text(candidate.source()), String.valueOf(candidate.version()), null);
    }

    /** The same form with another version, after a refused stale write: saving again then replaces the newer one. */
    CandidateForm withVersion(long newVersion) {
        return new CandidateForm(name, email, phone, source, String.valueOf(newVersion), csrfToken);
    }

    SaveCandidateRequest request() {
        return new SaveCandidateRequest(name == null ? "" : name, blankToNull(email), blankToNull(phone),
                blankToNull(source));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
