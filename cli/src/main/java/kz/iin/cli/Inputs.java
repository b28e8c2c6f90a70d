package kz.iin.cli;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Input files by name, "-" meaning standard input; every failure names the file and says what the
 * operating system said. Files, pipes, FIFOs and process substitutions are all read as streams.
 */
final class Inputs {
    static final String STDIN = "-";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private Inputs() {
    }

    /** How a source is named in messages (file names are masked like identifiers, just in case). */
    static String name(String source) {
        return STDIN.equals(source) ? "stdin" : "'" + Redact.digits(source) + "'";
    }

    /**
     * Fails before any output when a named file cannot be opened, so a run never stops half-way for
     * that. Pipes and FIFOs are not opened twice (a FIFO's writer would see its reader go away).
     */
    static void requireReadable(List<String> sources) {
        for (String s : sources) {
            if (STDIN.equals(s)) {
                continue;
            }
            File f = new File(s);
            if (f.isFile() || f.isDirectory() || !f.exists()) {
                try (InputStream probe = open(s)) {
                    refuseSpreadsheet(s, readUpTo(probe, 4)); // before any output, too
                } catch (IOException e) {
                    throw new CliException("cannot read " + name(s) + ": " + Failures.describe(e));
                }
            }
        }
    }

    /** The source's bytes as they are. */
    static InputStream open(String source) {
        if (STDIN.equals(source)) {
            return new FileInputStream(FileDescriptor.in);
        }
        File f = new File(source);
        if (f.isDirectory()) {
            throw new CliException("cannot read " + name(source) + ": Is a directory");
        }
        try {
            return new FileInputStream(f);
        } catch (FileNotFoundException e) {
            throw new CliException("cannot read " + name(source) + ": " + osReason(e, source));
        }
    }

    /**
     * The source as UTF-8 text: a byte order mark is dropped (UTF-8), or decides the encoding (UTF-16);
     * {@code encoding} (null: UTF-8) is transcoded to UTF-8. A spreadsheet is refused with a clear
     * message, since its bytes are not text at all.
     */
    static InputStream openText(String source, Charset encoding) throws IOException {
        InputStream in = open(source);
        byte[] head = readUpTo(in, 4);
        try {
            refuseSpreadsheet(source, head);
        } catch (CliException e) {
            in.close();
            throw e;
        }
        Charset charset = encoding;
        int skip = 0;
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            if (startsWith(head, UTF8_BOM)) {
                skip = 3;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                skip = 2;
            }
        }
        InputStream rest = new PrefixedInputStream(Arrays.copyOfRange(head, skip, head.length), in);
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return rest;
        }
        return new Transcoder(rest, charset, name(source));
    }

    private static void refuseSpreadsheet(String source, byte[] head) {
        if (startsWith(head, ZIP) || startsWith(head, OLE)) {
            throw new CliException(name(source) + " is a spreadsheet (" + (head[0] == 'P' ? ".xlsx" : ".xls")
                    + "), not text: in Excel, save it as \"CSV UTF-8\" (or Unicode text) and check that file");
        }
    }

    /** Size in bytes when the source is a regular file (stdin too, when redirected from one), or -1. */
    static long size(String source) {
        try {
            Path p = STDIN.equals(source) ? Path.of("/proc/self/fd/0") : Path.of(source);
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The size of all sources, or -1 when one is not a regular file (its size is unknown). */
    static long totalSize(List<String> sources) {
        long total = 0;
        for (String s : sources) {
            long size = size(s);
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }

    /** The OS's own words, e.g. "Permission denied", "Too many levels of symbolic links". */
    static String osReason(FileNotFoundException e, String source) {
        String m = e.getMessage();
        if (m == null) {
            return "cannot be opened";
        }
        if (m.startsWith(source + " (") && m.endsWith(")")) {
            return m.substring(source.length() + 2, m.length() - 1);
        }
        int open = m.lastIndexOf(" (");
        return open >= 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : m;
    }

    private static byte[] readUpTo(InputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        int got = 0;
        while (got < n) {
            int r = in.read(b, got, n - got);
            if (r < 0) {
                break;
            }
            got += r;
        }
        return Arrays.copyOf(b, got);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
