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
 * decodes the input and copies whole lines into blocks; a worker splits a block into lines (numbering them
 * once the block before it has counted its own), judges them and writes their rows into memory; the calling
 * thread writes the blocks' rows out in order. So reading, judging and writing overlap where there is more
 * than one core, and at most a few blocks per worker are in flight.
 *
 * <p>A line ends at LF, a CR before it is part of the ending, and a last line without LF counts.
 */
final class LineBlocks<W extends LineBlocks.Work> implements Flushable, Closeable {
    /** One block's work: a fresh instance per block, so workers share nothing; handed back in input order. */
    interface Work {
        /** One line: its text (valid during the call), whether bytes in it were not text, and where it came from. */
        void line(CharSequence text, boolean malformed, String source, long number, Out rows) throws IOException;

        /**
         * A line longer than {@link TextInput#MAX_CHARS}, which is never held: true when answered here (its row
         * written) and the run goes on past it, false when the run stops there (the default).
         */
        default boolean tooLong(long number, Out rows) throws IOException {
            return false;
        }
    }

    private static final int CHARS = 1 << 16;
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
    private Block block;
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
        linesSoFar = CompletableFuture.completedFuture(0L);
        int searched = 0; // text[0, searched) holds no LF: the unfinished line, already searched
        for (boolean more = true; more; ) {
            int from = in.end; // after the last LF, searching back to the part searched before
            while (from > searched && in.text[from - 1] != '\n') {
                from--;
            }
            if (from > searched) {
                take(in, from);
            } else {
                from = 0;
            }
            searched = in.end - from;
            try {
                more = in.fill(from);
            } catch (TextInput.TooLong e) {
                more = pastTooLong(in);
                searched = 0;
            } catch (TextInput.NotText e) {
                flush();
                throw in.notText(linesSoFar.join() + 1);
            }
        }
        if (in.end > 0) { // the last line, without LF
            take(in, in.end);
        }
        if (block != null) {
            submit();
        }
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
        for (;;) {
            if (!in.fill(in.end)) {
                return false;
            }
            for (int i = 0; i < in.end; i++) {
                if (in.text[i] == '\n') {
                    return in.fill(i + 1) || in.end > 0;
                }
            }
        }
    }

    /** Copies {@code in.text[0, to)}, whole lines, to the block (a new one if none), with the places of replaced bytes. */
    private void take(TextInput in, int to) throws IOException {
        if (to > CHARS) {
            judgeHere(in, to);
            return;
        }
        if (block != null && block.chars.length - block.length < to) {
            submit();
        }
        if (block == null) {
            block = spare.isEmpty() ? new Block() : spare.pop();
            block.start(in.source(), linesSoFar);
            linesSoFar = block.linesAfter;
        }
        Block b = block;
        if (b.chars == null) {
            b.chars = new char[CHARS];
            b.buffer = new byte[4 * CHARS];
        }
        System.arraycopy(in.text, 0, b.chars, b.length, to);
        b.replacedIn(in, to);
        b.length += to;
        if (b.length >= CHARS / 2) {
            submit();
        }
    }

    /**
     * Lines longer than a block, judged on this thread once the blocks before them are written, their rows
     * written as they come: held in memory, rows of a 16 MiB line (escaped, in JSON) could outgrow the heap.
     */
    private void judgeHere(TextInput in, int to) throws IOException {
        drain();
        Block here = new Block();
        here.start(in.source(), linesSoFar);
        here.chars = in.text;
        here.replacedIn(in, to);
        here.length = to;
        here.judge(out);
        linesSoFar = here.linesAfter;
        written.accept(here.work);
    }

    /** Writes every line taken so far, in order, and flushes the output. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (block != null) {
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

    private void submit() throws IOException {
        inFlight.add(workers.submit(block));
        block = null;
        while (!inFlight.isEmpty() && (inFlight.size() > 2 * WORKERS || inFlight.peek().isDone())) {
            writeOldest();
        }
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
        char[] chars;
        int length;
        int[] ends = new int[CHARS / 8];
        int[] replacements = new int[16];
        int replaced;
        String source;
        CompletableFuture<Long> linesBefore;
        CompletableFuture<Long> linesAfter;
        byte[] buffer;
        W work;
        Out rows;

        void start(String source, CompletableFuture<Long> linesBefore) {
            this.source = source;
            this.linesBefore = linesBefore;
            linesAfter = new CompletableFuture<>();
            length = 0;
            replaced = 0;
        }

        /** Notes where in {@code in.text[0, to)}, about to be added, a U+FFFD took the place of bad bytes. */
        void replacedIn(TextInput in, int to) {
            for (int i = 0; i < in.replaced && in.replacements[i] < to; i++) {
                if (replaced == replacements.length) {
                    replacements = Arrays.copyOf(replacements, 2 * replaced);
                }
                replacements[replaced++] = in.replacements[i] + length;
            }
        }

        @Override
        public Block call() throws IOException {
            judge(new Out(buffer));
            return this;
        }

        /**
         * Splits the lines, numbers them once the block before has counted its own, and judges them. What it
         * writes is made here and what it reads is read into locals first: the calling thread keeps writing the
         * next block, whose fields may share a cache line with this one's.
         */
        void judge(Out out) throws IOException {
            char[] text = chars;
            int[] lineEnds = ends;
            int lines = 0;
            try {
                for (int i = 0, n = length; i < n; i++) {
                    if (text[i] == '\n' || i == n - 1) { // the input's last line may have no LF
                        if (lines == lineEnds.length) {
                            lineEnds = ends = Arrays.copyOf(lineEnds, 2 * lines);
                        }
                        lineEnds[lines++] = i + 1;
                    }
                }
                long first = linesBefore.join() + 1;
                linesAfter.complete(first - 1 + lines);
                judge(text, lineEnds, lines, first, out);
            } finally {
                linesAfter.completeExceptionally(new IllegalStateException("an earlier block failed"));
            }
        }

        /** The per-line loop in a method of its own: compiled apart from the split, it runs about 10 % faster. */
        private void judge(char[] text, int[] lineEnds, int lines, long first, Out out) throws IOException {
            W w = newWork.get();
            Line line = new Line(text);
            int[] bad = replacements;
            int badCount = replaced;
            String name = source;
            for (int i = 0, start = 0, next = 0; i < lines; start = lineEnds[i++]) {
                int end = lineEnds[i];
                boolean malformed = next < badCount && bad[next] < end;
                while (next < badCount && bad[next] < end) {
                    next++;
                }
                int stop = end > start && text[end - 1] == '\n' ? end - 1 : end;
                line.range(start, stop > start && text[stop - 1] == '\r' ? stop - 1 : stop);
                w.line(line, malformed, name, first + i, out);
            }
            work = w;
            rows = out;
        }
    }

    /** A view of one line of a block, without a String per line; it stores no reference per line (see IdDecoder). */
    private static final class Line implements CharSequence {
        private final char[] text;
        private int start;
        private int length;

        Line(char[] text) {
            this.text = text;
        }

        void range(int start, int end) {
            this.start = start;
            this.length = end - start;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return text[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return toString().substring(from, to);
        }

        @Override
        public String toString() {
            return new String(text, start, length);
        }
    }
}
