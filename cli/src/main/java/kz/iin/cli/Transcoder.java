package kz.iin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text in another encoding (Windows-1251, UTF-16, ...) as a stream of UTF-8 bytes, so the rest of the
 * tool reads one encoding. Bytes that are not valid in that encoding stop the run with the line they
 * are on; a leading U+FEFF (byte order mark) is dropped.
 */
final class Transcoder extends InputStream {
    private final InputStream in;
    private final Charset charset;
    private final String name;
    private final CharsetDecoder decoder;
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer raw = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private final ByteBuffer out = ByteBuffer.allocate(3 << 16);
    private boolean eof;
    private boolean started;
    private long line = 1;

    Transcoder(InputStream in, Charset charset, String name) {
        this.in = in;
        this.charset = charset;
        this.name = name;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        out.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (!out.hasRemaining()) {
            if (eof) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, out.remaining());
        out.get(b, off, n);
        return n;
    }

    private void fill() throws IOException {
        int r = in.read(raw.array(), raw.position(), raw.remaining());
        if (r < 0) {
            eof = true;
        } else {
            raw.position(raw.position() + r);
        }
        raw.flip();
        chars.clear();
        CoderResult result = decoder.decode(raw, chars, eof);
        if (!result.isError() && eof) {
            result = decoder.flush(chars);
        }
        raw.compact();
        chars.flip();
        int from = chars.position();
        for (int i = from; i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                line++;
            }
        }
        if (result.isError()) {
            throw new CliException(name + " is not valid " + charset.name() + ": line " + String.format("%,d", line)
                    + " has bytes that are not text in that encoding; give the file's encoding with --encoding NAME");
        }
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        out.clear();
        utf8.encode(chars, out, eof);
        out.flip();
    }

    @Override
    public int available() throws IOException {
        return out.remaining() + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
