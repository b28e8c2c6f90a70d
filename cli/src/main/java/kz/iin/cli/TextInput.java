package kz.iin.cli;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The one way the tool reads text: a file, a pipe or stdin ({@code -}), its encoding chosen once (the one given,
 * else a byte order mark's, else UTF-8; the mark is dropped here and nowhere else), decoded block by block into
 * a window of characters that {@link LineBlocks} and {@link CsvRecords} scan. Bytes that are not text in the
 * encoding are, when {@code replaceMalformed} and UTF-8, read as U+FFFD and the place noted (its line is
 * flagged); otherwise reading stops there, with a message naming the line, after everything before it.
 */
final class TextInput implements Closeable {
    static final String STDIN = "-";
    /** The longest line or record held, in characters. */
    static final int MAX_CHARS = 16 << 20;
    private static final int BLOCK = 1 << 16;

    private final String source;
    private final InputStream in;
    private final long size;
    private final Charset requested;
    private final boolean replaceMalformed;
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK).flip();
    private CharsetDecoder decoder;
    private boolean eof;
    private boolean flushed;
    private int badBytes;
    private long bytesRead;
    private Flushable beforeWaiting;

    /** The decoded window: readers scan {@code text[0, end)}. */
    char[] text = new char[BLOCK];
    int end;
    /** Where in the window a U+FFFD took the place of bad bytes, in order: {@code replacements[0, replaced)}. */
    int[] replacements = new int[16];
    int replaced;

    private TextInput(String source, InputStream in, long size, Charset requested, boolean replaceMalformed) {
        this.source = source;
        this.in = in;
        this.size = size;
        this.requested = requested;
        this.replaceMalformed = replaceMalformed;
    }

    /**
     * Opens a file or stdin, failing with what the operating system said. A regular file is looked at now (a
     * spreadsheet is refused before any output), a pipe when it is first read.
     *
     * @param encoding the encoding, or null: UTF-8, or UTF-16 by its byte order mark
     */
    static TextInput open(String source, InputStream stdin, Charset encoding, boolean replaceMalformed)
            throws IOException {
        TextInput input;
        if (STDIN.equals(source)) {
            // Its size when redirected from a file (for the progress bar); a test's stdin is not the process's.
            long size = stdin instanceof FileInputStream ? sizeOf(Path.of("/proc/self/fd/0")) : -1;
            input = new TextInput(source, new FilterInputStream(stdin) {
                @Override
                public void close() { // left open for whoever reads it next ("-" given twice)
                }
            }, size, encoding, replaceMalformed);
        } else {
            File f = new File(source);
            if (f.isDirectory()) {
                throw new CliException("cannot read " + name(source) + ": Is a directory");
            }
            try {
                input = new TextInput(source, new FileInputStream(f), sizeOf(f.toPath()), encoding, replaceMalformed);
            } catch (FileNotFoundException e) { // "name (No such file or directory)": the words in parentheses
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

    /** The first bytes (4, or a first line): a spreadsheet is refused, a byte order mark chooses the encoding. */
    private void start() throws IOException {
        for (boolean lineFeed = false; bytes.limit() < 4 && !eof && !lineFeed; ) {
            read();
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
        decoder = charset.newDecoder(); // it reports bad bytes: fill decides what they become
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
     * Moves {@code text[keep, end)} to the front and decodes more after it; false when the input has ended and
     * nothing was added. Bytes already here are decoded before the stream is read again, so a slow writer's
     * lines are answered as they come.
     *
     * @throws TooLong when the kept text reaches {@link #MAX_CHARS}
     * @throws NotText at bytes that are not text in the encoding (unless replaced)
     */
    boolean fill(int keep) throws IOException {
        if (decoder == null) {
            start();
        }
        System.arraycopy(text, keep, text, 0, end - keep);
        end -= keep;
        int still = 0;
        for (int i = 0; i < replaced; i++) {
            if (replacements[i] >= keep) {
                replacements[still++] = replacements[i] - keep;
            }
        }
        replaced = still;
        if (end == text.length) {
            if (end >= MAX_CHARS) {
                throw new TooLong();
            }
            text = Arrays.copyOf(text, Math.min(2 * text.length, MAX_CHARS + 1));
        }
        int before = end;
        while (end == before && !flushed) {
            if (badBytes > 0) {
                if (!replaceMalformed || !decoder.charset().equals(UTF_8)) {
                    throw new NotText();
                }
                bytes.position(bytes.position() + badBytes);
                badBytes = 0;
                if (replaced == replacements.length) {
                    replacements = Arrays.copyOf(replacements, 2 * replaced);
                }
                replacements[replaced++] = end;
                text[end++] = '\uFFFD';
                break;
            }
            CharBuffer out = CharBuffer.wrap(text, end, text.length - end);
            CoderResult result = decoder.decode(bytes, out, eof);
            if (eof && result.isUnderflow()) {
                result = decoder.flush(out);
                flushed = result.isUnderflow();
            }
            end = out.position();
            if (result.isError()) {
                badBytes = result.length();
            } else if (result.isOverflow()) {
                break;
            } else if (end == before && !eof) {
                if (beforeWaiting != null && in.available() == 0) {
                    beforeWaiting.flush(); // answer what came so far before waiting for more
                }
                read();
            }
        }
        return end > before;
    }

    private void read() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        eof = n < 0;
        bytes.position(bytes.position() + Math.max(0, n)).flip();
        bytesRead += Math.max(0, n);
    }

    /** The whole input as one string (a case file, say), at most {@link #MAX_CHARS}. */
    String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        try {
            while (all.length() <= MAX_CHARS && fill(end)) {
                all.append(text, 0, end);
            }
        } catch (NotText e) {
            throw new CliException(name() + " is not valid " + decoder.charset().name());
        }
        if (all.length() > MAX_CHARS) {
            throw new CliException(name() + " is longer than " + (MAX_CHARS >> 20) + " MiB");
        }
        return all.toString();
    }

    /** The message for a line longer than {@link #MAX_CHARS}. */
    CliException tooLong(long line) {
        return new CliException(name() + ": line " + line + " is longer than " + (MAX_CHARS >> 20)
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
        in.close();
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

    /** A line or record longer than {@link #MAX_CHARS}: the reader names it. */
    static final class TooLong extends IOException {
    }
}
