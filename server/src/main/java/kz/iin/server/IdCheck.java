package kz.iin.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.iin.IdDecoder;
import kz.iin.IdError;
import kz.iin.Kind;
import kz.iin.TaxpayerId;

/**
 * One identifier checked by core's {@link IdDecoder}, as the object {@code iin check --format json} prints for a
 * line: {@code input, kind, valid, reason, birth_date, sex, registered, type, division} (null where not
 * applicable). Decoded fields are what the number encodes, given only when it is strictly valid.
 */
final class IdCheck {
    /** How to judge and show: {@code iin check}'s --lenient, --compact and --mask. */
    record Options(boolean lenient, boolean compact, boolean mask) {
    }

    private final IdDecoder decoder = new IdDecoder();
    private final Options options;

    IdCheck(Options options) {
        this.options = options;
    }

    ObjectNode check(String input) {
        decoder.decode(options.compact() ? TaxpayerId.compact(input) : input);
        IdError error = options.lenient() ? decoder.lenientError() : decoder.error();
        Kind kind = decoder.kind();
        boolean decoded = decoder.valid();
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("input", options.mask() ? TaxpayerId.mask(input) : input);
        o.put("kind", kind == null ? "UNKNOWN" : kind.name());
        o.put("valid", error == null);
        o.put("reason", error == null ? null : error.name());
        boolean iin = decoded && kind == Kind.IIN;
        boolean bin = decoded && kind == Kind.BIN;
        o.put("birth_date", iin
                ? String.format("%04d-%02d-%02d", decoder.birthYear(), decoder.birthMonth(), decoder.birthDay())
                : null);
        o.put("sex", iin ? decoder.sex().code() : null);
        o.put("registered", bin
                ? String.format("%04d-%02d", decoder.registrationYear(), decoder.registrationMonth())
                : null);
        o.put("type", bin ? decoder.entityType().name() : null);
        o.put("division", bin ? decoder.division().name() : null);
        return o;
    }
}
