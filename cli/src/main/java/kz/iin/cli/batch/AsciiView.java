package kz.iin.cli.batch;

import java.nio.charset.StandardCharsets;

/** A reusable, allocation-free {@link CharSequence} over ASCII bytes, so core validates lines without a String each. */
final class AsciiView implements CharSequence {
    private byte[] bytes;
    private int offset;
    private int length;

    void set(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) bytes[offset + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
