package kz.iin.cli;

import java.io.Flushable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import kz.iin.cli.input.TextInput;
import kz.iin.cli.rows.Out;

/**
 * The skeleton of a run over files (check's lines and CSV, decide's JSON Lines): every input opened
 * before any output, so a missing file never stops a run half-way; one progress bar over all of them;
 * the output flushed before an input error is reported, so everything before it stands.
 */
final class FileRun {
    /** Reads one input to its end. */
    interface Reading {
        void read(TextInput input) throws IOException;
    }

    final Out out;
    private final List<TextInput> inputs = new ArrayList<>();
    private final Progress progress;
    private TextInput current;
    private Flushable beforeWaiting;
    private long bytesBefore;

    /** @param replaceMalformed read bytes that are not UTF-8 as U+FFFD (flagged per line) instead of failing */
    FileRun(Streams streams, List<String> sources, Charset encoding, boolean replaceMalformed, boolean showProgress)
            throws IOException {
        out = new Out(streams.out);
        try {
            for (String source : sources) {
                inputs.add(TextInput.open(source, streams.in, encoding, replaceMalformed));
            }
        } catch (IOException | RuntimeException e) {
            for (TextInput opened : inputs) {
                opened.close();
            }
            throw e;
        }
        long total = 0;
        for (TextInput in : inputs) {
            total = total < 0 || in.size() < 0 ? -1 : total + in.size();
        }
        progress = Progress.start(streams.err, total, showProgress);
    }

    void forEach(Reading reading) throws IOException {
        try {
            for (TextInput in : inputs) {
                current = in;
                in.beforeWaiting(beforeWaiting != null ? beforeWaiting : out);
                try (in) {
                    reading.read(in);
                } catch (CliException e) {
                    out.flush();
                    throw e;
                }
                bytesBefore += in.bytesRead();
            }
            out.flush();
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
    }

    /** What to flush before a read that would wait for a slow input (default: the output). */
    void beforeWaiting(Flushable flushable) {
        beforeWaiting = flushable;
    }

    /** Redraws the bar when due; call it every thousand lines or so. */
    void tick(long lines) {
        if (progress != null) {
            progress.update(current.source().equals(TextInput.STDIN) ? "stdin" : current.source(),
                    bytesBefore + current.bytesRead(), lines);
        }
    }
}
