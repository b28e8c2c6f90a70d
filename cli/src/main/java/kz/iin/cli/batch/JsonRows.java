package kz.iin.cli.batch;

import java.io.IOException;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdError;
import kz.iin.Iin;

/**
 * JSON Lines: one object per input line, with the TSV's fields (null where not applicable), so a
 * stream of any length stays valid line by line.
 */
public final class JsonRows implements RowWriter {
    private static final byte[] INPUT = ByteSink.ascii("{\"input\":\"");
    private static final byte[] KIND = ByteSink.ascii("\",\"kind\":\"");
    private static final byte[] VALID_TRUE = ByteSink.ascii("\",\"valid\":true,\"reason\":null");
    private static final byte[] VALID_FALSE = ByteSink.ascii("\",\"valid\":false,\"reason\":\"");
    private static final byte[] IIN_FIELDS = ByteSink.ascii(",\"birth_date\":\"");
    private static final byte[] SEX = ByteSink.ascii("\",\"sex\":\"");
    private static final byte[] IIN_END = ByteSink.ascii("\",\"registered\":null,\"type\":null,\"division\":null}\n");
    private static final byte[] BIN_FIELDS = ByteSink.ascii(",\"birth_date\":null,\"sex\":null,\"registered\":\"");
    private static final byte[] TYPE = ByteSink.ascii("\",\"type\":\"");
    private static final byte[] DIVISION = ByteSink.ascii("\",\"division\":\"");
    private static final byte[] BIN_END = ByteSink.ascii("\"}\n");
    private static final byte[] NO_FIELDS = ByteSink.ascii(
            ",\"birth_date\":null,\"sex\":null,\"registered\":null,\"type\":null,\"division\":null}\n");
    private static final byte[][] REASONS = Names.of(IdError.values());
    private static final byte[][] TYPES = Names.of(EntityType.values());
    private static final byte[][] DIVISIONS = Names.of(Division.values());
    private static final byte[] HEX = ByteSink.ascii("0123456789abcdef");

    private final ByteSink out;

    public JsonRows(ByteSink out) {
        this.out = out;
    }

    @Override
    public void begin() {
    }

    @Override
    public void row(LineReader line, Verdict v) throws IOException {
        out.write(INPUT);
        string(line.text());
        out.write(KIND);
        out.write(Fields.kind(v.kind()));
        if (v.valid()) {
            out.write(VALID_TRUE);
        } else {
            out.write(VALID_FALSE);
            out.write(REASONS[v.error().ordinal()]);
            out.write((byte) '"');
        }
        Iin iin = Fields.iin(v);
        Bin bin = Fields.bin(v);
        if (iin != null) {
            out.write(IIN_FIELDS);
            Fields.date(out, iin.birthDate());
            out.write(SEX);
            out.write((byte) iin.sex().code().charAt(0));
            out.write(IIN_END);
        } else if (bin != null) {
            out.write(BIN_FIELDS);
            Fields.month(out, bin.registered());
            out.write(TYPE);
            out.write(TYPES[bin.type().ordinal()]);
            out.write(DIVISION);
            out.write(DIVISIONS[bin.division().ordinal()]);
            out.write(BIN_END);
        } else {
            out.write(NO_FIELDS);
        }
    }

    /** The body of a JSON string: quote, backslash and controls escaped, everything else UTF-8. */
    private void string(CharSequence s) throws IOException {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.write((byte) '\\');
                out.write((byte) c);
                i++;
            } else if (c < 0x20 || c == 0x7F) {
                out.write((byte) '\\');
                out.write((byte) 'u');
                out.write((byte) '0');
                out.write((byte) '0');
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 0xF]);
                i++;
            } else {
                i += out.utf8(s, i);
            }
        }
    }

    @Override
    public void end() {
    }
}
