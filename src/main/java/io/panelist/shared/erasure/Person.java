package io.panelist.shared.erasure;

import java.util.List;
import java.util.Objects;

/** Who to erase from free text: their full name, their email (null for none), and every phone number they ever had. */
public record Person(String fullName, String email, List<String> phones) {
    public Person {
        Objects.requireNonNull(fullName, "fullName");
        if (fullName.isBlank()) {
            throw new IllegalArgumentException("a person has a name");
        }
        phones = List.copyOf(phones);
    }
}
