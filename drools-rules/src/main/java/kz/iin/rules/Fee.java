package kz.iin.rules;

/** What the reissue costs the applicant. */
public enum Fee {
    /** At the budget's expense (Law 223 art. 13 cl. 5). */
    FREE,
    STATE_FEE,
    /** A state fee applies in general but the applicant is exempt from it. */
    EXEMPT
}
