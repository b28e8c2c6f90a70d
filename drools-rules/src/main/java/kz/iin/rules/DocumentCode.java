package kz.iin.rules;

/** Papers an application for reissue must include; the same codes name what was submitted and what is missing. */
public enum DocumentCode {
    /** Copy of the passport or ID card. */
    ID_COPY,
    /** The passport or ID card itself, for checking. */
    ID_ORIGINAL,
    /** Address reference or a copy of the house register. */
    ADDRESS_REFERENCE_OR_HOUSE_REGISTER,
    /** Photographs 3.5 x 4.5 cm; two are required. */
    PHOTOS
}
