package kz.iin.rules;

/** The identity document the case is about. */
public enum DocumentType {
    ID_CARD,
    PASSPORT,
    RESIDENCE_PERMIT,
    STATELESS_CERTIFICATE,
    /** Excepted from the invalidity of documents without an IIN (Law 223 art. 13 cl. 3). */
    BIRTH_CERTIFICATE
}
