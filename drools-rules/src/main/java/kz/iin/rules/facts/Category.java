package kz.iin.rules.facts;

/** What classification rules say about a case; decision rules read these instead of re-testing the input. */
public enum Category {
    DOCUMENT_LACKS_IIN,
    DOCUMENT_BEARS_IIN,
    /** A birth certificate: excepted from invalidity without an IIN. */
    EXCEPTED_DOCUMENT,
    /** Any other identity document. */
    IDENTITY_DOCUMENT,
    CITIZEN,
    /** Foreigner or stateless person residing permanently in Kazakhstan. */
    RESIDENT_ALIEN,
    /** Foreigner or stateless person not residing permanently. */
    NON_RESIDENT_ALIEN
}
