package kz.iin.cli.batch;

import kz.iin.TaxpayerId;

/**
 * What every output format honours besides the result columns.
 *
 * @param mask show inputs masked like messages do ({@link TaxpayerId#mask}: {@code ********0007})
 * @param withLocation add the {@link ResultColumn#LOCATION} columns: file and line
 */
public record RowOptions(boolean mask, boolean withLocation) {
    public static final RowOptions PLAIN = new RowOptions(false, false);

    /** The input as it is shown: itself, or masked. */
    String shown(String input) {
        return mask ? TaxpayerId.mask(input) : input;
    }
}
