package kz.iin.cli;

import java.util.List;
import kz.iin.GoldenVectors;

/** Core's golden vectors (read by core's own reader from the iin-core test jar), as this module's tests use them. */
final class Golden {
    /** One vector: input with escapes decoded, strict and lenient reasons, and the decoded columns. */
    record Row(String input, String reason, String lenientReason, String a, String b, String c) {
    }

    private Golden() {
    }

    /** iin.tsv: a = birth_date, b = sex. */
    static List<Row> iinRows() {
        return GoldenVectors.iin().stream()
                .map(v -> new Row(v.input(), v.reason(), v.lenientReason(), v.get("birth_date"), v.get("sex"), ""))
                .toList();
    }

    /** bin.tsv: a = registered, b = type, c = division. */
    static List<Row> binRows() {
        return GoldenVectors.bin().stream()
                .map(v -> new Row(v.input(), v.reason(), v.lenientReason(), v.get("registered"), v.get("type"),
                        v.get("division")))
                .toList();
    }
}
