package kz.iin.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import kz.iin.cli.batch.BlockJudge;
import kz.iin.cli.batch.ByteSink;
import kz.iin.cli.batch.Chunks;
import kz.iin.cli.batch.JsonRows;
import kz.iin.cli.batch.Progress;
import kz.iin.cli.batch.RowWriter;
import kz.iin.cli.batch.Summary;
import kz.iin.cli.batch.TextRows;
import kz.iin.cli.batch.TsvRows;

/**
 * Batch mode: one identifier per line from files or stdin, streamed in constant memory.
 *
 * <p>The main thread cuts the input into blocks of whole lines and writes results in input order;
 * worker threads judge blocks in between. At most {@code 2 x workers + 1} blocks are in flight, so
 * memory does not grow with the input.
 */
final class BatchCheck {
    enum Format { tsv, json, text }

    private final Format format;
    private final BlockJudge judge;
    private final boolean quiet;
    private final PrintStream err;

    BatchCheck(Format format, boolean lenient, boolean compact, boolean quiet, PrintStream err) {
        this.format = format;
        this.judge = new BlockJudge(lenient, compact, rowsFor(format));
        this.quiet = quiet;
        this.err = err;
    }

    private static Function<ByteSink, RowWriter> rowsFor(Format format) {
        return switch (format) {
            case tsv -> TsvRows::new;
            case json -> JsonRows::new;
            case text -> TextRows::new;
        };
    }

    int run(List<String> sources) throws IOException {
        Inputs.requireReadable(sources);
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        ByteSink head = new ByteSink(stdout, 1 << 10);
        rowsFor(format).apply(head).begin();
        head.flush();
        Summary summary = new Summary();
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "iin-check");
            t.setDaemon(true);
            return t;
        });
        try {
            for (String source : sources) {
                try (InputStream in = Inputs.open(source)) {
                    check(source, in, pool, 2 * workers + 1, stdout, summary);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        stdout.flush();
        if (!quiet) {
            if (summary.total() == 0) {
                err.println("iin: no lines to check (the input is empty)");
            } else {
                summary.print(err, "lines");
            }
        }
        return summary.invalid() > 0 ? ExitCode.INVALID : ExitCode.OK;
    }

    private void check(String source, InputStream in, ExecutorService pool, int maxInFlight, OutputStream out,
                       Summary summary) throws IOException {
        String name = Inputs.name(source);
        Progress progress = Progress.forFile(err, Inputs.size(source), name);
        Chunks chunks = new Chunks(in);
        ArrayDeque<Future<BlockJudge.Result>> inFlight = new ArrayDeque<>();
        long[] lines = {0};
        try {
            for (Chunks.Block block = read(chunks, name, inFlight, out, summary, lines); block != null;
                 block = read(chunks, name, inFlight, out, summary, lines)) {
                Chunks.Block b = block;
                inFlight.add(pool.submit(() -> judge.judge(b)));
                if (inFlight.size() >= maxInFlight) {
                    writeOldest(inFlight, out, summary, name, lines);
                    if (progress != null) {
                        progress.update(chunks.bytesRead(), lines[0]);
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                writeOldest(inFlight, out, summary, name, lines);
            }
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
    }

    /** The next block; a read failure names the input and the last line judged before it. */
    private Chunks.Block read(Chunks chunks, String name, ArrayDeque<Future<BlockJudge.Result>> inFlight,
                              OutputStream out, Summary summary, long[] lines) throws IOException {
        try {
            if (!inFlight.isEmpty() && chunks.wouldBlock()) {
                drain(inFlight, out, summary, name, lines); // answer what we have before waiting for more
            }
            return chunks.next();
        } catch (Chunks.LineTooLongException e) {
            drain(inFlight, out, summary, name, lines);
            throw new CliException(name + ": line " + (lines[0] + 1) + " is longer than "
                    + (Chunks.MAX_LINE_BYTES >> 20) + " MiB; expected one identifier per line");
        } catch (IOException e) {
            drain(inFlight, out, summary, name, lines);
            throw new CliException("cannot read " + name + " after line " + lines[0] + ": " + Failures.describe(e), e);
        }
    }

    private static void drain(ArrayDeque<Future<BlockJudge.Result>> inFlight, OutputStream out, Summary summary,
                              String name, long[] lines) throws IOException {
        while (!inFlight.isEmpty()) {
            writeOldest(inFlight, out, summary, name, lines);
        }
        out.flush();
    }

    private static void writeOldest(ArrayDeque<Future<BlockJudge.Result>> inFlight, OutputStream out,
                                    Summary summary, String name, long[] lines) throws IOException {
        BlockJudge.Result result;
        try {
            result = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        result.rows().writeTo(out);
        summary.merge(result.summary(), name, lines[0]);
        lines[0] += result.lines();
    }
}
