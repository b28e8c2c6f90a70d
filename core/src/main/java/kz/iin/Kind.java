package kz.iin;

/** The two kinds of 12-digit identifier, told apart by the 5th digit (IIN 0-3, BIN 4-6). */
public enum Kind {
    /** Individual identification number (natural persons). */
    IIN,
    /** Business identification number (legal entities, branches, joint entrepreneurship). */
    BIN
}
