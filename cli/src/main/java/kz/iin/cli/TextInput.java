package kz.iin.cli;

import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The one way the tool reads text: a file, a pipe or stdin ({@code -}), its encoding chosen once (the one given,
 * else a byte order mark's, else UTF-8; the mark is dropped here and nowhere else). {@link LineBlocks} reads it
 * as UTF-8 bytes ({@link #read}: a UTF-8 input as it is, any other encoded to UTF-8), {@link CsvRecords} and
 * whole-file readers as characters ({@link #fill}). Bytes that are not text in the encoding stop the character
 * reader and the encoding to UTF-8, with a message naming the line, after everything before it; a UTF-8
 * input's bytes are passed on as they are, for the lines they are in to be judged.
 */
final class TextInput implements Closeable {
    static final String STDIN = "-";
    /** The longest line held (in bytes) or CSV record (in characters). */
    static final int MAX = 16 << 20;
    private static final int BLOCK = 1 << 16;

    private final String source;
    private final InputStream in;
    private final long size;
    private final Charset requested;
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK).flip();
    private CharsetDecoder decoder;
    /** Encodes to UTF-8 for {@link #read} when the input is in another encoding; null when it is UTF-8. */
    private CharsetEncoder toUtf8;
    private CharBuffer unread;
    private boolean eof;
    private boolean flushed;
    private boolean badBytes;
    /** The bytes the last decoding left are an incomplete character, not ones the window had no room for. */
    private boolean partial;
    private long bytesRead;
    private Flushable beforeWaiting;

    /** The decoded window: readers scan {@code text[0, end)}. */
    final char[] text = new char[BLOCK];
    int end;

    private TextInput(String source, InputStream in, long size, Charset requested) {
        this.source = source;
        this.in = in;
        this.size = size;
        this.requested = requested;
    }

    /**
     * Opens a file or stdin, failing with what the operating system said. A regular file is looked at now (a
     * spreadsheet is refused before any output), a pipe when it is first read.
     *
     * @param encoding the encoding, or null: UTF-8, or UTF-16 by its byte order mark
     */
    static TextInput open(String source, InputStream stdin, Charset encoding) throws IOException {
        TextInput input;
        if (STDIN.equals(source)) {
            // Its size when redirected from a file (for the progress bar); a test's stdin is not the process's.
            long size = stdin instanceof FileInputStream ? sizeOf(Path.of("/proc/self/fd/0")) : -1;
            input = new TextInput(source, stdin, size, encoding);
        } else {
            try {
                input = new TextInput(source, new FileInputStream(source), sizeOf(Path.of(source)), encoding);
            } catch (FileNotFoundException e) { // "name (Is a directory)": the words in parentheses
                String m = String.valueOf(e.getMessage());
                int open = m.lastIndexOf(" (");
                throw new CliException("cannot read " + name(source) + ": "
                        + (open >= 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : m));
            }
        }
        if (input.size >= 0) {
            try {
                input.start();
            } catch (IOException | RuntimeException e) {
                input.close();
                throw e;
            }
        }
        return input;
    }

    /** How a source is named in messages: stdin, or the file name quoted (masked like an identifier). */
    static String name(String source) {
        return STDIN.equals(source) ? "stdin" : "'" + Redact.digits(source) + "'";
    }

    String name() {
        return name(source);
    }

    String source() {
        return source;
    }

    /** The size in bytes when a regular file (stdin too, redirected from one), else -1. */
    long size() {
        return size;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** Flushed before a read that would wait for the input's writer (a terminal, a slow pipe). */
    void beforeWaiting(Flushable output) {
        beforeWaiting = output;
    }

    /** True when the next read would wait for the input's writer (never for a regular file). */
    boolean wouldWait() throws IOException {
        return size < 0 && !eof && (bytes.remaining() == 0 || partial) && (unread == null || !unread.hasRemaining())
                && in.available() == 0;
    }

    /** The first bytes (4, or a first line): a spreadsheet is refused, a byte order mark chooses the encoding. */
    private void start() throws IOException {
        for (boolean lineFeed = false; bytes.limit() < 4 && !eof && !lineFeed; ) {
            readMore();
            for (int i = 0; i < bytes.limit(); i++) {
                lineFeed |= bytes.get(i) == '\n';
            }
        }
        if (startsWith('P', 'K', 3, 4) || startsWith(0xD0, 0xCF, 0x11, 0xE0)) {
            throw new CliException(name() + " is a spreadsheet (" + (bytes.get(0) == 'P' ? ".xlsx" : ".xls")
                    + "), not text: in Excel, save it as \"CSV UTF-8\" (or Unicode text) and check that file");
        }
        Charset charset = requested != null ? requested
                : startsWith(0xFF, 0xFE) ? UTF_16LE : startsWith(0xFE, 0xFF) ? UTF_16BE : UTF_8;
        if (charset.equals(UTF_8) && startsWith(0xEF, 0xBB, 0xBF)) {
            bytes.position(3);
        } else if (charset.equals(UTF_16LE) && startsWith(0xFF, 0xFE) || charset.equals(UTF_16BE) && startsWith(0xFE, 0xFF)) {
            bytes.position(2);
        }
        decoder = charset.newDecoder(); // it reports bad bytes
        toUtf8 = charset.equals(UTF_8) ? null : UTF_8.newEncoder();
    }

    private boolean startsWith(int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes.limit() <= i || (bytes.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Up to {@code length} bytes of the input as UTF-8 into {@code b} from {@code offset}; -1 at its end. A UTF-8
     * input's bytes come as they are, valid or not.
     *
     * @throws NotText at bytes that are not text in another encoding
     */
    int read(byte[] b, int offset, int length) throws IOException {
        if (decoder == null) {
            start();
        }
        if (toUtf8 == null) {
            if (bytes.hasRemaining()) { // read while looking at the start
                int n = Math.min(length, bytes.remaining());
                bytes.get(b, offset, n);
                return n;
            }
            return eof ? -1 : counted(in.read(b, offset, length));
        }
        ByteBuffer to = ByteBuffer.wrap(b, offset, length);
        while (to.position() == offset) {
            if (unread == null || !unread.hasRemaining()) {
                if (!fill()) {
                    return -1;
                }
                unread = CharBuffer.wrap(text, 0, end);
            }
            toUtf8.encode(unread, to, false); // no error: the decoder let no lone surrogate through
            if (to.position() == offset && to.remaining() < 4) {
                break; // a caller's buffer too small for the next character
            }
        }
        return to.position() - offset;
    }

    /**
     * Decodes the next characters into {@code text[0, end)}; false when the input has ended. Bytes already here
     * are decoded before the stream is read again, so a slow writer's lines are answered as they come.
     *
     * @throws NotText at bytes that are not text in the encoding
     */
    boolean fill() throws IOException {
        if (decoder == null) {
            start();
        }
        end = 0;
        while (end == 0 && !flushed) {
            if (badBytes) {
                throw new NotText();
            }
            CharBuffer out = CharBuffer.wrap(text);
            CoderResult result = decoder.decode(bytes, out, eof);
            if (eof && result.isUnderflow()) {
                result = decoder.flush(out);
                flushed = result.isUnderflow();
            }
            end = out.position();
            badBytes = result.isError();
            partial = result.isUnderflow();
            if (end == 0 && !eof && result.isUnderflow()) {
                if (beforeWaiting != null && in.available() == 0) {
                    beforeWaiting.flush(); // answer what came so far before waiting for more
                }
                readMore();
            }
        }
        return end > 0;
    }

    /** Reads more of the stream into the byte buffer, after the bytes not yet decoded. */
    private void readMore() throws IOException {
        bytes.compact();
        int n = counted(in.read(bytes.array(), bytes.position(), bytes.remaining()));
        bytes.position(bytes.position() + Math.max(0, n)).flip();
    }

    /** {@code n} bytes just read from the stream, -1 at its end. */
    private int counted(int n) {
        eof = n < 0;
        bytesRead += Math.max(0, n);
        return n;
    }

    /** The whole input as one string (a case file, say), at most {@link #MAX} characters. */
    String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        try {
            while (all.length() <= MAX && fill()) {
                all.append(text, 0, end);
            }
        } catch (NotText e) {
            throw new CliException(name() + " is not valid " + decoder.charset().name());
        }
        if (all.length() > MAX) {
            throw new CliException(name() + " is longer than " + (MAX >> 20) + " MiB");
        }
        return all.toString();
    }

    /** The message for a line longer than {@link #MAX}. */
    CliException tooLong(long line) {
        return new CliException(name() + ": line " + line + " is longer than " + (MAX >> 20)
                + " MiB; expected one identifier per line");
    }

    /** The message for bad bytes on {@code line}. */
    CliException notText(long line) {
        if (decoder.charset().equals(UTF_8)) {
            return new CliException(name() + ": line " + line + " is not valid UTF-8; if the file came from Excel"
                    + " in a Kazakh or Russian locale, run again with --encoding windows-1251");
        }
        return new CliException(name() + " is not valid " + decoder.charset().name() + ": line " + line + " has bytes"
                + " that are not text in that encoding; give the file's encoding with --encoding NAME");
    }

    @Override
    public void close() throws IOException {
        if (!STDIN.equals(source)) { // stdin is left open for whoever reads it next ("-" given twice)
            in.close();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Bytes that are not text in the input's encoding: the reader names the line ({@link #notText}). */
    static final class NotText extends IOException {
    }
}
