package io.panelist.security;

import java.util.List;

/**
 * Who calls, in the matrix's column order. The people are those of {@link World}; their relation to the objects of a
 * row is the same in every row: Ana owns her scorecards and her calibration, Mo owns position A and what hangs off it.
 */
enum Caller {
    /** No Authorization header. */
    ANONYMOUS(null),
    /** Correctly signed with the server's secret, claiming ADMIN, expired an hour ago. */
    EXPIRED(null),
    /** Carl's real token with its payload edited to claim ADMIN. */
    TAMPERED(null),
    ADMIN(World.ADMIN),
    RECRUITER(World.RECRUITER),
    /** INTERVIEWER on Alice's panel, her own scorecard submitted: the owner of her scorecards. */
    ANA(World.ANA),
    /** INTERVIEWER on the same panel, his scorecard still a draft: he may not read the others' yet. */
    BEN(World.BEN),
    /** INTERVIEWER on the panel of another application (Bea's, position B) only. */
    CARL(World.CARL),
    /** HIRING_MANAGER of position A: the owner of Alice's application. */
    MO(World.MO),
    /** HIRING_MANAGER of position B: the hiring manager of another position. */
    OLGA(World.OLGA);

    private final String email;

    Caller(String email) {
        this.email = email;
    }

    String email() {
        return email;
    }

    boolean isPerson() {
        return email != null;
    }

    static List<Caller> people() {
        return List.of(ADMIN, RECRUITER, ANA, BEN, CARL, MO, OLGA);
    }
}
