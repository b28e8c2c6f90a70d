package kz.iin.rules;

/** The applicant's citizenship, from their documents. */
public enum Citizenship {
    /** Citizen of the Republic of Kazakhstan. */
    KZ,
    FOREIGN,
    STATELESS
}
