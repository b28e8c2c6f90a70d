package kz.iin.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.iin.CheckColumn;
import kz.iin.IdDecoder;
import kz.iin.TaxpayerId;

/**
 * One identifier checked by core's {@link IdDecoder}, as the object {@code iin check --format json} prints for a
 * line: {@code input}, then core's {@link CheckColumn}s (null where not applicable; {@code valid} a boolean).
 */
final class IdCheck {
    /** How to judge and show: {@code iin check}'s --lenient, --compact and --mask. */
    record Options(boolean lenient, boolean compact, boolean mask) {
    }

    private final IdDecoder decoder = new IdDecoder();
    private final String[] values = new String[CheckColumn.values().length];
    private final Options options;

    IdCheck(Options options) {
        this.options = options;
    }

    ObjectNode check(String input) {
        decoder.decode(options.compact() ? TaxpayerId.compact(input) : input);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("input", options.mask() ? TaxpayerId.mask(input) : input);
        CheckColumn.fill(decoder, options.lenient(), values);
        for (CheckColumn c : CheckColumn.values()) {
            if (c == CheckColumn.VALID) {
                o.put(c.label(), Boolean.parseBoolean(values[c.ordinal()]));
            } else {
                o.put(c.label(), values[c.ordinal()]);
            }
        }
        return o;
    }
}
