package kz.iin.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The skeleton of a run over files (check's lines and CSV, decide's JSON Lines): every input opened, and the
 * summary file, before any output, so a missing file never stops a run half-way; one progress bar over all
 * inputs; the output flushed before an input error is reported, so everything before it stands.
 */
final class FileRun {
    /** Reads one input to its end. */
    interface Reading {
        void read(TextInput input) throws IOException;
    }

    final Out out;
    private final Streams streams;
    private final long started = System.nanoTime();
    private final List<TextInput> inputs = new ArrayList<>();
    private final Path summaryPath;
    private final OutputStream summaryFile;
    private final Progress progress;
    private TextInput current;
    private long bytesBefore;

    FileRun(Streams streams, List<String> sources, Charset encoding, boolean showProgress, Path summaryJson)
            throws IOException {
        this.streams = streams;
        out = new Out(streams.out);
        try {
            for (String source : sources) {
                inputs.add(TextInput.open(source, streams.in, encoding));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        summaryPath = summaryJson;
        try {
            summaryFile = summaryJson == null ? null : Files.newOutputStream(summaryJson);
        } catch (IOException e) {
            close();
            throw summaryFailed(e);
        }
        long total = 0;
        for (TextInput in : inputs) {
            total = total < 0 || in.size() < 0 ? -1 : total + in.size();
        }
        progress = Progress.start(streams.err, total, showProgress);
    }

    /** Each input read to its end by {@code reading}; the output is flushed before a read would wait for input. */
    void forEach(Reading reading) throws IOException {
        forEach(in -> {
            in.beforeWaiting(out);
            reading.read(in);
        }, out);
    }

    /**
     * Every line of every input through {@link LineBlocks}: {@code work} judges a block's lines on a worker
     * thread, {@code written} takes it back in input order once its rows are out, {@code count} is the lines so far.
     * The blocks answer the lines so far themselves before a read would wait for input.
     */
    <W extends LineBlocks.Work> void forEachLine(Supplier<W> work, Consumer<W> written, LongSupplier count)
            throws IOException {
        try (LineBlocks<W> blocks = new LineBlocks<>(out, work, w -> {
            written.accept(w);
            tick(count.getAsLong());
        })) {
            forEach(blocks::read, blocks);
        }
    }

    /** @param output flushed before an input error is reported */
    private void forEach(Reading reading, Flushable output) throws IOException {
        try {
            for (TextInput in : inputs) {
                current = in;
                try (in) {
                    reading.read(in);
                } catch (CliException e) {
                    output.flush();
                    throw e;
                }
                bytesBefore += in.bytesRead();
            }
            output.flush();
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
    }

    /** Redraws the bar when due; call it every thousand lines or so. */
    void tick(long count) {
        if (progress != null) {
            progress.update(current.source().equals(TextInput.STDIN) ? "stdin" : current.source(),
                    bytesBefore + current.bytesRead(), count);
        }
    }

    /**
     * Prints the summary on stderr (unless {@code quiet}; {@code ifNone} when nothing was checked), writes the
     * JSON summary, and gives the exit code.
     */
    int finish(RunSummary summary, String unit, boolean quiet, String ifNone) {
        if (!quiet && summary.total() == 0) {
            streams.err.println("iin: " + ifNone);
        } else if (!quiet) {
            summary.print(streams.err, unit);
        }
        if (summaryFile != null) {
            try (summaryFile) {
                summaryFile.write(summary.toJson(unit, (System.nanoTime() - started) / 1e9)
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw summaryFailed(e);
            }
        }
        return summary.invalid() > 0 ? ExitCode.INVALID : ExitCode.OK;
    }

    private CliException summaryFailed(IOException e) {
        return new CliException("cannot write the summary to " + TextInput.name(String.valueOf(summaryPath)) + ": "
                + Failures.describe(e));
    }

    private void close() throws IOException {
        for (TextInput opened : inputs) {
            opened.close();
        }
    }
}
