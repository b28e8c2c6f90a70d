package kz.iin.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Blocks of work done on one thread per processor (at most four) and handed back in the order they were
 * given, at most {@code 2 x threads + 1} at a time so memory stays bounded: check's lines and decide's
 * JSON Lines both run on it.
 *
 * @param <T> a block's result
 */
final class InOrder<T> implements AutoCloseable {
    /** Takes a finished block, in order (on the caller's thread). */
    interface Sink<T> {
        void accept(T done) throws IOException;
    }

    private final ExecutorService pool;
    private final int maxPending;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();
    private final Sink<T> sink;

    InOrder(Sink<T> sink) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(threads, work -> {
            Thread t = new Thread(work, "iin-worker");
            t.setDaemon(true);
            return t;
        });
        this.maxPending = 2 * threads + 1;
        this.sink = sink;
    }

    void submit(Callable<T> work) throws IOException {
        pending.add(pool.submit(work));
        while (pending.size() > maxPending) {
            next();
        }
    }

    /** Hands back every block given so far. */
    void drain() throws IOException {
        while (!pending.isEmpty()) {
            next();
        }
    }

    private void next() throws IOException {
        T done;
        try {
            done = pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e.getCause();
        }
        sink.accept(done);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
