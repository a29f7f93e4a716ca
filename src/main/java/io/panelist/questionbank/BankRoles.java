package io.panelist.questionbank;

import java.util.Collection;

/** Who curates the bank: everyone signed in reads it; recruiters do not write to it. */
public final class BankRoles {
    public static final String ADMIN = "ADMIN";
    public static final String INTERVIEWER = "INTERVIEWER";
    public static final String HIRING_MANAGER = "HIRING_MANAGER";

    private BankRoles() {
    }

    /** Whether someone holding these roles may write topics, questions and packs (the API's rule, for the pages). */
    public static boolean mayWrite(Collection<String> roles) {
        return roles.contains(ADMIN) || roles.contains(INTERVIEWER) || roles.contains(HIRING_MANAGER);
    }
}
