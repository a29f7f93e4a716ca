package io.panelist.identity;

/** What a user may do; one user may hold several. The names are the role strings in access tokens. */
public enum Role {
    ADMIN, RECRUITER, INTERVIEWER, HIRING_MANAGER
}
