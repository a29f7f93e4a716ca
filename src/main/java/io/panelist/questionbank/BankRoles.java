package io.panelist.questionbank;

/** Who curates the bank: everyone signed in reads it; recruiters do not write to it. */
final class BankRoles {
    static final String ADMIN = "ADMIN";
    static final String INTERVIEWER = "INTERVIEWER";
    static final String HIRING_MANAGER = "HIRING_MANAGER";

    private BankRoles() {
    }
}
