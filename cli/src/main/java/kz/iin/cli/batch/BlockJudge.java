package kz.iin.cli.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Function;

/** Judges one block of lines on a worker thread: its output bytes and its counts. */
public final class BlockJudge {
    private final boolean lenient;
    private final boolean compact;
    private final Function<ByteSink, RowWriter> format;

    /** The rows and counts of one block. */
    public record Result(ByteArrayOutputStream rows, Summary summary, long lines) {
    }

    public BlockJudge(boolean lenient, boolean compact, Function<ByteSink, RowWriter> format) {
        this.lenient = lenient;
        this.compact = compact;
        this.format = format;
    }

    public Result judge(Chunks.Block block) throws IOException {
        ByteArrayOutputStream rows = new ByteArrayOutputStream(block.length() * 4);
        ByteSink sink = new ByteSink(rows, 1 << 16);
        RowWriter writer = format.apply(sink);
        Verdict verdict = new Verdict(lenient, compact);
        Summary summary = new Summary();
        LineReader lines = new LineReader(block.data(), block.length());
        while (lines.next()) {
            verdict.judge(lines.text());
            if (lines.malformed()) {
                summary.malformedLine(lines.lineNumber());
            }
            summary.add(verdict);
            writer.row(lines, verdict);
        }
        sink.flush();
        return new Result(rows, summary, lines.lineNumber());
    }
}
