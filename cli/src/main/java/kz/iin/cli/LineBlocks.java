package kz.iin.cli;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The lines of {@link TextInput}s, judged on worker threads and written in input order. The calling thread
 * reads the input's UTF-8 bytes straight into blocks of whole lines; a worker splits a block into lines
 * (their numbers known once the blocks before have counted their own), judges them and writes their rows into
 * memory; the calling thread writes the blocks' rows out in order. So reading, judging and writing overlap
 * where there is more than one core, and at most a few blocks per worker are in flight.
 *
 * <p>A line ends at LF, a CR before it is part of the ending, and a last line without LF counts. A line that
 * is not UTF-8 is judged with U+FFFD in place of each bad sequence, and flagged.
 */
final class LineBlocks<W extends LineBlocks.Work> implements Flushable, Closeable {
    /** One block's work: a fresh instance per block, so workers share nothing; handed back in input order. */
    interface Work {
        /** One line, valid during the call (its text, input and number), and whether bytes in it were not UTF-8. */
        void line(Line line, boolean malformed, Out rows) throws IOException;

        /**
         * A line longer than {@link TextInput#MAX}, which is never held: true when answered here (its row
         * written) and the run goes on past it, false when the run stops there (the default).
         */
        default boolean tooLong(long number, Out rows) throws IOException {
            return false;
        }
    }

    private static final int BYTES = 1 << 18;
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Out out;
    private final Supplier<W> newWork;
    private final Consumer<W> written;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, task -> {
        Thread t = new Thread(task, "iin-lines");
        t.setDaemon(true); // a run that stops early (an error, a closed pipe) never waits for them
        return t;
    });
    private final ArrayDeque<Future<Block>> inFlight = new ArrayDeque<>();
    /** Written blocks, reused: their buffers are already the size the lines need. */
    private final ArrayDeque<Block> spare = new ArrayDeque<>();
    /** The block being read into: whole lines in {@code bytes[0, whole)}, the start of the next after. */
    private Block block;
    private String source;
    /** The lines of the current input up to the end of the last block handed over, once its worker has counted. */
    private CompletableFuture<Long> linesSoFar;

    /** @param written called on the calling thread with each block's work once its rows are written */
    LineBlocks(Out out, Supplier<W> newWork, Consumer<W> written) {
        this.out = out;
        this.newWork = newWork;
        this.written = written;
    }

    /** Hands every line of {@code in} to the workers; an input error names its line after the lines before it. */
    void read(TextInput in) throws IOException {
        source = in.source();
        linesSoFar = CompletableFuture.completedFuture(0L);
        block = newBlock();
        for (;;) {
            if (in.wouldWait()) {
                flush(); // answer the lines so far before waiting for more (a terminal, a slow pipe)
            }
            Block b = block;
            if (b.bytes.length - b.length < 4) { // full: its lines handed over, or it grows for a line as long
                if (b.whole > 0) {
                    submit();
                } else if (b.length >= TextInput.MAX) {
                    if (!pastTooLong(in)) {
                        return;
                    }
                } else {
                    b.bytes = Arrays.copyOf(b.bytes, Math.min(2 * b.bytes.length, TextInput.MAX + 4));
                }
                continue;
            }
            int n;
            try {
                n = in.read(b.bytes, b.length, b.bytes.length - b.length);
            } catch (TextInput.NotText e) {
                flush();
                throw in.notText(linesSoFar.join() + 1);
            }
            if (n < 0) {
                break;
            }
            b.whole = Math.max(b.whole, lastLineEnd(b.bytes, b.length, b.length + n));
            b.length += n;
            if (b.whole >= BYTES / 2) {
                submit();
            }
        }
        block.whole = block.length; // the last line, without LF
        if (block.whole > 0) {
            submit();
        }
        spare.push(block);
        block = null;
    }

    /**
     * After the lines before it are written, a line too long to hold is answered by the work (or the run stops
     * there, naming it), and read past; false when the input ends with it.
     */
    private boolean pastTooLong(TextInput in) throws IOException {
        drain();
        long number = linesSoFar.join() + 1;
        W w = newWork.get();
        if (!w.tooLong(number, out)) {
            out.flush();
            throw in.tooLong(number);
        }
        written.accept(w);
        linesSoFar = CompletableFuture.completedFuture(number);
        byte[] b = block.bytes;
        for (int n; (n = in.read(b, 0, BYTES)) >= 0; ) {
            for (int i = 0; i < n; i++) {
                if (b[i] == '\n') {
                    block = newBlock();
                    System.arraycopy(b, i + 1, block.bytes, 0, n - i - 1);
                    block.length = n - i - 1;
                    block.whole = lastLineEnd(block.bytes, 0, block.length);
                    return true;
                }
            }
        }
        block.length = 0;
        return false;
    }

    /** The end of the last LF in {@code bytes[from, to)}, or 0. */
    private static int lastLineEnd(byte[] bytes, int from, int to) {
        for (int i = to; i > from; i--) {
            if (bytes[i - 1] == '\n') {
                return i;
            }
        }
        return 0;
    }

    private Block newBlock() {
        Block b = spare.isEmpty() ? new Block() : spare.pop();
        b.length = 0;
        b.whole = 0;
        return b;
    }

    /** Writes every line taken so far, in order, and flushes the output. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (block != null && block.whole > 0) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            writeOldest();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Hands the block's whole lines over, the rest of its bytes starting the next block. */
    private void submit() throws IOException {
        Block b = block;
        block = newBlock();
        int rest = b.length - b.whole;
        if (block.bytes.length < rest + 4) {
            block.bytes = new byte[rest + BYTES];
        }
        System.arraycopy(b.bytes, b.whole, block.bytes, 0, rest);
        block.length = rest;
        b.length = b.whole;
        b.source = source;
        b.linesBefore = linesSoFar;
        b.linesAfter = new CompletableFuture<>();
        linesSoFar = b.linesAfter;
        if (b.length > BYTES) { // lines longer than a block: see judgeHere
            judgeHere(b);
            return;
        }
        inFlight.add(workers.submit(b));
        while (!inFlight.isEmpty() && (inFlight.size() > 2 * WORKERS || inFlight.peek().isDone())) {
            writeOldest();
        }
    }

    /**
     * Lines longer than a block, judged on this thread once the blocks before them are written, their rows
     * written as they come: held in memory, rows of a 16 MiB line (escaped, in JSON) could outgrow the heap.
     */
    private void judgeHere(Block b) throws IOException {
        drain();
        b.judge(out);
        written.accept(b.work);
    }

    private void writeOldest() throws IOException {
        Block done;
        try {
            done = inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) { // a worker's failure, as if it had happened here
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        }
        out.append(done.rows);
        written.accept(done.work);
        done.buffer = done.rows.buffer(); // as grown for these lines
        spare.push(done);
    }

    /** Consecutive whole lines of one input, then their rows. */
    private final class Block implements Callable<Block> {
        byte[] bytes = new byte[BYTES];
        int length;
        int whole;
        int[] ends = new int[BYTES / 8];
        String source;
        CompletableFuture<Long> linesBefore;
        CompletableFuture<Long> linesAfter;
        byte[] buffer = new byte[4 * BYTES];
        W work;
        Out rows;

        @Override
        public Block call() throws IOException {
            judge(new Out(buffer));
            return this;
        }

        /**
         * Splits the lines, counts them for the blocks after, and judges them. What it
         * writes is made here and what it reads is read into locals first: the calling thread keeps writing the
         * next block, whose fields may share a cache line with this one's.
         */
        void judge(Out out) throws IOException {
            byte[] text = bytes;
            int[] lineEnds = ends;
            int lines = 0;
            try {
                int n = length;
                int bits = 0; // of the line's bytes, or-ed: negative when one is not ASCII
                for (int i = 0; i < n; i++) {
                    int b = text[i];
                    bits |= b;
                    if (b == '\n' || i == n - 1) { // the input's last line may have no LF
                        if (lines == lineEnds.length) {
                            lineEnds = ends = Arrays.copyOf(lineEnds, 2 * lines);
                        }
                        lineEnds[lines++] = bits < 0 ? ~(i + 1) : i + 1;
                        bits = 0;
                    }
                }
            } catch (RuntimeException | Error e) {
                linesAfter.completeExceptionally(e); // the blocks after this one wait for its count
                throw e;
            }
            long counted = lines;
            linesBefore.whenComplete((before, failed) -> { // without waiting: only a line's number needs it
                if (failed != null) {
                    linesAfter.completeExceptionally(failed);
                } else {
                    linesAfter.complete(before + counted);
                }
            });
            judge(text, lineEnds, lines, out);
        }

        /** The per-line loop in a method of its own: compiled apart from the split, it runs about 10 % faster. */
        private void judge(byte[] text, int[] lineEnds, int lines, Out out) throws IOException {
            W w = newWork.get();
            Line line = new Line(text, source, linesBefore);
            for (int i = 0, start = 0, end; i < lines; start = end, i++) {
                boolean ascii = lineEnds[i] >= 0; // see the split
                end = ascii ? lineEnds[i] : ~lineEnds[i];
                int stop = end > start && text[end - 1] == '\n' ? end - 1 : end;
                stop = stop > start && text[stop - 1] == '\r' ? stop - 1 : stop;
                boolean malformed = line.view(i, start, stop, ascii);
                w.line(line, malformed, out);
            }
            work = w;
            rows = out;
        }
    }
}
