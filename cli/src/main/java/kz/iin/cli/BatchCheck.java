package kz.iin.cli;

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
import kz.iin.cli.batch.BlockChecker;
import kz.iin.cli.batch.BlockReader;
import kz.iin.cli.batch.BufferPool;
import kz.iin.cli.batch.ByteSink;
import kz.iin.cli.batch.JsonRows;
import kz.iin.cli.batch.Progress;
import kz.iin.cli.batch.RowWriter;
import kz.iin.cli.batch.RunSummary;
import kz.iin.cli.batch.TextRows;
import kz.iin.cli.batch.TsvRows;

/**
 * Batch mode: one identifier per line from files or stdin, streamed in constant memory.
 *
 * <p>The main thread cuts the input into blocks of whole lines and writes results in input order;
 * worker threads check blocks in between. At most {@code 2 x workers + 1} blocks are in flight, so
 * memory does not grow with the input.
 */
final class BatchCheck {
    enum Format { tsv, json, text }

    private final Format format;
    private final CheckOptions options;
    private final BlockChecker checker;
    private final PrintStream err;
    private final BufferPool blocks = BlockReader.pool();

    BatchCheck(Format format, CheckOptions options, PrintStream err) {
        this.format = format;
        this.options = options;
        this.checker = new BlockChecker(options.lenient(), options.compact(), options.onlyInvalid(), rowsFor(format));
        this.err = err;
    }

    private Function<ByteSink, RowWriter> rowsFor(Format f) {
        return switch (f) {
            case tsv -> sink -> new TsvRows(sink, options.rows());
            case json -> sink -> new JsonRows(sink, options.rows());
            case text -> sink -> new TextRows(sink, options.rows());
        };
    }

    /** State of a run across its inputs. */
    private static final class Run {
        final RunSummary summary = new RunSummary();
        long bytesBefore;
        long lines;
        long linesOfSource;
    }

    int run(List<String> sources) throws IOException {
        long started = System.nanoTime();
        Inputs.requireReadable(sources);
        SummaryFile summaryFile = SummaryFile.open(options.summaryJson());
        OutputStream stdout = Stdout.stream();
        ByteSink head = new ByteSink(stdout, 1 << 10);
        rowsFor(format).apply(head).header();
        head.flush();
        Run run = new Run();
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "iin-check");
            t.setDaemon(true);
            return t;
        });
        Progress progress = Progress.start(err, Inputs.totalSize(sources), options.progress());
        try {
            for (String source : sources) {
                try (InputStream in = Inputs.openText(source, options.encoding())) {
                    check(source, in, pool, 2 * workers + 1, stdout, run, progress);
                }
            }
        } finally {
            pool.shutdownNow();
            if (progress != null) {
                progress.done();
            }
        }
        stdout.flush();
        if (!options.quiet()) {
            if (run.summary.total() == 0) {
                err.println("iin: no lines to check (the input is empty)");
            } else {
                run.summary.print(err, "line");
            }
        }
        summaryFile.write(run.summary.toJson("line", (System.nanoTime() - started) / 1e9));
        return run.summary.invalid() > 0 ? ExitCode.INVALID : ExitCode.OK;
    }

    private void check(String source, InputStream in, ExecutorService pool, int maxInFlight, OutputStream out,
                       Run run, Progress progress) throws IOException {
        String name = Inputs.name(source);
        String file = source;
        BlockReader blocks = new BlockReader(in, this.blocks);
        ArrayDeque<Future<BlockChecker.Result>> inFlight = new ArrayDeque<>();
        run.linesOfSource = 0;
        long linesSubmitted = 0;
        for (BlockReader.Block block = read(blocks, name, inFlight, out, run); block != null;
             block = read(blocks, name, inFlight, out, run)) {
            BlockReader.Block b = block;
            long before = linesSubmitted;
            if (options.rows().withLocation()) {
                linesSubmitted += block.lineCount(); // only then: counting costs a pass over the block
            }
            inFlight.add(pool.submit(() -> {
                try {
                    return checker.check(b, file, before);
                } finally {
                    this.blocks.give(b.data());
                }
            }));
            if (inFlight.size() >= maxInFlight) {
                writeOldest(inFlight, out, run, name);
            }
            if (progress != null) {
                progress.update(Inputs.STDIN.equals(source) ? "stdin" : source, run.bytesBefore + blocks.bytesRead(),
                        run.lines);
            }
        }
        while (!inFlight.isEmpty()) {
            writeOldest(inFlight, out, run, name);
        }
        run.bytesBefore += blocks.bytesRead();
    }

    /** The next block; a read failure names the input and the last line checked before it. */
    private BlockReader.Block read(BlockReader blocks, String name, ArrayDeque<Future<BlockChecker.Result>> inFlight,
                                   OutputStream out, Run run) throws IOException {
        try {
            if (!inFlight.isEmpty() && blocks.wouldBlock()) {
                drain(inFlight, out, run, name); // answer what we have before waiting for more
            }
            return blocks.next();
        } catch (BlockReader.LineTooLongException e) {
            drain(inFlight, out, run, name);
            throw new CliException(name + ": line " + String.format("%,d", run.linesOfSource + 1) + " is longer than "
                    + (BlockReader.MAX_LINE_BYTES >> 20) + " MiB; expected one identifier per line");
        } catch (IOException e) {
            drain(inFlight, out, run, name);
            throw new CliException("cannot read " + name + " after line " + String.format("%,d", run.linesOfSource)
                    + ": " + Failures.describe(e), e);
        } catch (CliException e) {
            drain(inFlight, out, run, name); // e.g. not valid in the given encoding: what came before is answered
            throw e;
        }
    }

    private void drain(ArrayDeque<Future<BlockChecker.Result>> inFlight, OutputStream out, Run run,
                              String name) throws IOException {
        while (!inFlight.isEmpty()) {
            writeOldest(inFlight, out, run, name);
        }
        out.flush();
    }

    private void writeOldest(ArrayDeque<Future<BlockChecker.Result>> inFlight, OutputStream out, Run run,
                                    String name) throws IOException {
        BlockChecker.Result result;
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
        out.write(result.rows(), 0, result.length());
        checker.recycle(result);
        run.summary.merge(result.summary(), name, run.linesOfSource);
        run.linesOfSource += result.lines();
        run.lines += result.lines();
    }
}
