package kz.iin.cli.batch;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * Arrays of one size handed back and forth between the reading, checking and writing threads, so a
 * long run reuses a few dozen buffers instead of allocating (and the JVM zeroing) one per block.
 */
public final class BufferPool {
    private final int size;
    private final ArrayBlockingQueue<byte[]> free = new ArrayBlockingQueue<>(12);

    public BufferPool(int size) {
        this.size = size;
    }

    /** A buffer of at least {@code needed} bytes (pooled when that fits the pool's size). */
    public byte[] take(int needed) {
        if (needed <= size) {
            byte[] b = free.poll();
            return b != null ? b : new byte[size];
        }
        return new byte[needed];
    }

    /** Hands a buffer back; only the pool's size is kept, the rest left to the collector. */
    public void give(byte[] b) {
        if (b.length == size) {
            free.offer(b);
        }
    }
}
