package kz.iin.rules;

/**
 * Papers of an application for reissue: what was submitted ({@link Application#submitted()}) and what is
 * missing ({@link kz.iin.rules.conclusions.MissingDocument}). The source asks for: the passport or ID card (copy,
 * and the original for checking); an address reference, or the house register (copy, and the original for
 * checking); 2 photos 3.5 x 4.5 cm.
 */
public enum DocumentCode {
    /** Copy of the passport or ID card. */
    ID_COPY,
    /** The passport or ID card itself, for checking. */
    ID_ORIGINAL,
    /** Address reference. */
    ADDRESS_REFERENCE,
    /** Copy of the house register (civil registration book). */
    HOUSE_REGISTER_COPY,
    /** The house register itself, for checking its copy. */
    HOUSE_REGISTER_ORIGINAL,
    /**
     * Missing: neither an address reference nor the house register. As a submitted paper it is the older, coarser
     * code and counts as an {@link #ADDRESS_REFERENCE}.
     */
    ADDRESS_REFERENCE_OR_HOUSE_REGISTER,
    /** Photographs 3.5 x 4.5 cm; two are required. */
    PHOTOS
}
