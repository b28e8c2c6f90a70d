package kz.iin.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.iin.rules.EligibilityService;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/**
 * {@code iin decide --jsonl}: one case per input line, one decision per output line, in input order. Lines are
 * read in blocks on the calling thread, decided by one worker per processor, and written back in order as each
 * block completes, so memory stays bounded whatever the input size. A line that is not a valid case becomes an
 * error line naming its line number, and the run goes on.
 */
final class JsonlDecisions {
    /** Lines per block handed to a worker: large enough that hand-over costs nothing, small enough to stream. */
    private static final int BLOCK = 256;
    /** Longest line read as a case; longer ones are refused without being held in memory. */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** What a run did, for the summary and the exit status. */
    record Totals(long decided, long refused, long blank) {
    }

    private record Line(long number, byte[] bytes, String problem) {
    }

    private record Block(String[] out, int decided, int refused, int blank) {
    }

    private final EligibilityService service = EligibilityService.shared();
    private final int workers;

    JsonlDecisions(int workers) {
        this.workers = Math.max(1, workers);
    }

    Totals run(InputStream in, OutputStream out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "decide-worker");
            t.setDaemon(true);
            return t;
        });
        long decided = 0;
        long refused = 0;
        long blank = 0;
        try {
            LineSplitter lines = new LineSplitter(in);
            ArrayDeque<Future<Block>> pending = new ArrayDeque<>();
            List<Line> block = new ArrayList<>(BLOCK);
            Line line;
            while (true) {
                line = lines.next();
                if (line != null) {
                    block.add(line);
                }
                if (block.size() == BLOCK || (line == null && !block.isEmpty())) {
                    List<Line> work = block;
                    pending.add(pool.submit(() -> decide(work)));
                    block = new ArrayList<>(BLOCK);
                }
                while (pending.size() > 2 * workers || (line == null && !pending.isEmpty())) {
                    Block done = await(pending.poll());
                    for (String s : done.out()) {
                        if (s != null) {
                            out.write(s.getBytes(StandardCharsets.UTF_8));
                            out.write('\n');
                        }
                    }
                    decided += done.decided();
                    refused += done.refused();
                    blank += done.blank();
                }
                if (line == null) {
                    break;
                }
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        return new Totals(decided, refused, blank);
    }

    private Block decide(List<Line> lines) {
        String[] out = new String[lines.size()];
        int decided = 0;
        int refused = 0;
        int blank = 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < out.length; i++) {
            Line line = lines.get(i);
            if (line.problem() != null) {
                out[i] = CaseJson.errorLine(line.number(), line.problem());
                refused++;
                continue;
            }
            String text;
            try {
                CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(line.bytes()));
                text = chars.toString();
            } catch (CharacterCodingException e) {
                out[i] = CaseJson.errorLine(line.number(), "not valid UTF-8");
                refused++;
                continue;
            }
            if (text.isBlank()) {
                blank++;
                continue;
            }
            try {
                out[i] = CaseJson.writeLine(service.decide(CaseJson.read(text)), line.number());
                decided++;
            } catch (CaseFormatException e) {
                out[i] = CaseJson.errorLine(line.number(), "not a valid case: " + e.getMessage());
                refused++;
            } catch (RuntimeException e) {
                // A defect of the rules for this one case: said on its line, the others still decided.
                out[i] = CaseJson.errorLine(line.number(), "not decided (internal error, please report): "
                        + e.getMessage());
                refused++;
            }
        }
        return new Block(out, decided, refused, blank);
    }

    private static Block await(Future<Block> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Splits a byte stream at '\n' (dropping a '\r' before it, and a UTF-8 byte order mark at the start). */
    private static final class LineSplitter {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int end;
        private long number;
        private boolean eof;

        LineSplitter(InputStream in) {
            this.in = in;
        }

        Line next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == end) {
                    if (eof || !fill()) {
                        eof = true;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < end && buffer[pos] != '\n') {
                    pos++;
                }
                int length = pos - start;
                if (!tooLong) {
                    if (line.size() + length > MAX_LINE_BYTES) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(buffer, start, length);
                    }
                }
                if (pos < end) {
                    pos++; // the '\n'
                    break;
                }
            }
            number++;
            if (tooLong) {
                return new Line(number, null, "line longer than " + MAX_LINE_BYTES + " bytes");
            }
            byte[] bytes = line.toByteArray();
            int from = 0;
            int to = bytes.length;
            if (number == 1 && to >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF) {
                from = 3;
            }
            if (to > from && bytes[to - 1] == '\r') {
                to--;
            }
            if (from != 0 || to != bytes.length) {
                bytes = java.util.Arrays.copyOfRange(bytes, from, to);
            }
            return new Line(number, bytes, null);
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }
    }
}
