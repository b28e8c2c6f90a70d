package kz.iin.pljava;

import kz.iin.TaxpayerId;

/** SQL functions for a number whose kind is not known in advance (IIN or BIN, told apart by the 5th digit). */
public final class TaxpayerIdFunctions {
    private TaxpayerIdFunctions() {
    }

    /** {@code iin_kind(text) → text}: 'IIN' or 'BIN' when strictly valid as that kind, else NULL; never raises. */
    public static String kind(String s) {
        return TaxpayerId.isValid(s) ? TaxpayerId.kindOf(s).map(Enum::name).orElse(null) : null;
    }
}
