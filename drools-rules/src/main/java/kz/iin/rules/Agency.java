package kz.iin.rules;

/** Where the applicant applies. */
public enum Agency {
    /** The "Government for Citizens" State Corporation at the place of residence. */
    GOVERNMENT_FOR_CITIZENS,
    /** The territorial justice agency, where there is no Government-for-Citizens office. */
    JUSTICE,
    /** The internal affairs agency: foreigners and stateless persons residing permanently. */
    INTERNAL_AFFAIRS
}
