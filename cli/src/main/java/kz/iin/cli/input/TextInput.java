package kz.iin.cli.input;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kz.iin.cli.CliException;
import kz.iin.cli.Redact;

/**
 * The one way the tool reads text: a file, a pipe or stdin ({@code -}), its encoding chosen once (the one
 * given, else a byte order mark's, else UTF-8; the mark itself is dropped here and nowhere else), decoded
 * block by block into a window of characters that {@link Lines} and {@link CsvRecords} scan.
 *
 * <p>Bytes that are not text in the encoding are, when {@code replaceMalformed} and the text is UTF-8,
 * read as U+FFFD and flagged ({@link #replaced}), so a line can be judged and counted; otherwise reading
 * stops there with {@link NotText}, after everything before them.
 */
public final class TextInput implements Closeable {
    public static final String STDIN = "-";
    /** The longest line or record a client may hold, in characters. */
    public static final int MAX_CHARS = 16 << 20;

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

    /** The decoded window: clients scan {@code text[0, end)}. */
    char[] text = new char[BLOCK];
    int end;
    /** Set when a U+FFFD was put in place of bad bytes; clients clear it at the start of a line. */
    boolean replaced;

    private TextInput(String source, InputStream in, long size, Charset requested, boolean replaceMalformed) {
        this.source = source;
        this.in = in;
        this.size = size;
        this.requested = requested;
        this.replaceMalformed = replaceMalformed;
    }

    /**
     * Opens a file or stdin, failing with what the operating system said. A regular file is looked at
     * now (a spreadsheet is refused before any output); a pipe when it is first read.
     *
     * @param encoding the encoding, or null: UTF-8, or UTF-16 by its byte order mark
     */
    public static TextInput open(String source, InputStream stdin, Charset encoding, boolean replaceMalformed)
            throws IOException {
        TextInput input;
        if (STDIN.equals(source)) {
            // Its size when redirected from a file (for the progress bar); a test's stdin is not the process's.
            long size = stdin instanceof FileInputStream ? sizeOf(Path.of("/proc/self/fd/0")) : -1;
            input = new TextInput(source, new NotClosed(stdin), size, encoding, replaceMalformed);
        } else {
            File f = new File(source);
            if (f.isDirectory()) {
                throw new CliException("cannot read " + name(source) + ": Is a directory");
            }
            try {
                input = new TextInput(source, new FileInputStream(f), sizeOf(f.toPath()), encoding, replaceMalformed);
            } catch (FileNotFoundException e) {
                throw new CliException("cannot read " + name(source) + ": " + osReason(e.getMessage()));
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
    public static String name(String source) {
        return STDIN.equals(source) ? "stdin" : "'" + Redact.digits(source) + "'";
    }

    public String name() {
        return name(source);
    }

    public String source() {
        return source;
    }

    /** The size in bytes when a regular file (stdin too, redirected from one), else -1. */
    public long size() {
        return size;
    }

    public long bytesRead() {
        return bytesRead;
    }

    /** Flushed before a read that would wait for the input's writer. */
    public void beforeWaiting(Flushable output) {
        beforeWaiting = output;
    }

    /** The first bytes: a spreadsheet is refused, a byte order mark chooses the encoding and is dropped. */
    private void start() throws IOException {
        bytes.compact();
        while (bytes.position() < 4 && !eof && !hasLineFeed()) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
                bytesRead += n;
            }
        }
        bytes.flip();
        if (startsWith('P', 'K', 3, 4) || startsWith(0xD0, 0xCF, 0x11, 0xE0)) {
            throw new CliException(name() + " is a spreadsheet (" + (bytes.get(0) == 'P' ? ".xlsx" : ".xls")
                    + "), not text: in Excel, save it as \"CSV UTF-8\" (or Unicode text) and check that file");
        }
        Charset charset = requested != null ? requested
                : startsWith(0xFF, 0xFE) ? StandardCharsets.UTF_16LE
                : startsWith(0xFE, 0xFF) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(0xEF, 0xBB, 0xBF)) {
            bytes.position(3);
        } else if (charset.equals(StandardCharsets.UTF_16LE) && startsWith(0xFF, 0xFE)
                || charset.equals(StandardCharsets.UTF_16BE) && startsWith(0xFE, 0xFF)) {
            bytes.position(2);
        }
        decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private boolean hasLineFeed() {
        for (int i = 0; i < bytes.position(); i++) {
            if (bytes.get(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(int... prefix) {
        if (bytes.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves {@code text[keep, end)} to the front and decodes more after it; false when the input has
     * ended and nothing was added. Bytes already here are decoded before the stream is read again, so
     * a slow producer's lines are answered as they come.
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
        if (end == text.length) {
            if (end >= MAX_CHARS) {
                throw new TooLong();
            }
            text = Arrays.copyOf(text, Math.min(2 * text.length, MAX_CHARS + 1));
        }
        int before = end;
        while (end == before) {
            if (badBytes > 0) {
                if (!replaceMalformed || !decoder.charset().equals(StandardCharsets.UTF_8)) {
                    throw new NotText();
                }
                bytes.position(bytes.position() + badBytes);
                badBytes = 0;
                text[end++] = '\uFFFD';
                replaced = true;
                break;
            }
            if (flushed) {
                return false;
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
            } else if (result.isUnderflow() && end == before) {
                if (eof) {
                    return false;
                }
                read();
            } else if (result.isOverflow()) {
                break;
            }
        }
        return true;
    }

    private void read() throws IOException {
        if (beforeWaiting != null && in.available() == 0) {
            beforeWaiting.flush(); // answer what came so far before waiting for more (a terminal, a slow pipe)
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
    }

    /**
     * The whole input as one string (a case file, say), at most {@link #MAX_CHARS}.
     *
     * @throws CliException when longer, or not text in the encoding
     */
    public String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        try {
            while (fill(end)) {
                all.append(text, 0, end);
                if (all.length() > MAX_CHARS) {
                    throw new CliException(name() + " is longer than " + (MAX_CHARS >> 20) + " MiB");
                }
            }
        } catch (NotText e) {
            throw new CliException(name() + " is not valid " + decoder.charset().name());
        }
        return all.toString();
    }

    /** The message for bad bytes on {@code line}. */
    public CliException notText(long line) {
        Charset charset = decoder.charset();
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new CliException(name() + ": line " + line + " is not valid UTF-8; if the file came from Excel"
                    + " in a Kazakh or Russian locale, run again with --encoding windows-1251");
        }
        return new CliException(name() + " is not valid " + charset.name() + ": line " + line + " has bytes that"
                + " are not text in that encoding; give the file's encoding with --encoding NAME");
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

    /** The operating system's words from "name (No such file or directory)". */
    private static String osReason(String message) {
        if (message == null) {
            return "cannot be opened";
        }
        int open = message.lastIndexOf(" (");
        return open >= 0 && message.endsWith(")") ? message.substring(open + 2, message.length() - 1) : message;
    }

    /** Stdin, read like a file but left open for whoever reads it next ("-" may be given twice). */
    private static final class NotClosed extends java.io.FilterInputStream {
        NotClosed(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    /** Bytes that are not text in the input's encoding: the client names the line ({@link #notText}). */
    static final class NotText extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A line or record longer than {@link #MAX_CHARS}: the client names it. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
