package kz.iin.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.iin.cli.input.Lines;
import kz.iin.cli.input.TextInput;
import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.Explanation;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "decide", sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = false,
        description = {"Decides an eligibility case with the rules (Drools, in-process).",
            "",
            "  iin decide case.json",
            "  iin decide --explain - < case.json",
            "  iin decide --jsonl cases.jsonl > decisions.jsonl",
            "",
            "Prints the decision as JSON, or with --explain for a person: each conclusion, the rule that drew it"
                + " and the legal clause it cites. The case's asOf date is the date the rules apply at (no clock)."
                + " A case with an ERROR finding is not decided: its conclusions are absent and the findings say"
                + " what to fix.",
            "",
            "With --jsonl the input holds one case per line (JSON Lines) and the output one decision per line, in"
                + " input order, each with \"line\": N first; a line that is not a valid case gives"
                + " {\"line\": N, \"error\": \"...\"} and the run goes on. Blank lines are skipped. A summary goes"
                + " to stderr.",
            "",
            "Case format: docs/rules.md; 'iin demo' shows two cases.", ""},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:decided (whatever the outcome, an undecided case included)",
            "1:--jsonl: at least one line was not a valid case (see its error line)",
            "2:unreadable or invalid case (the message names the field); write error",
            ExitCode.INTERNAL_LINE, ExitCode.BROKEN_PIPE_LINE})
final class DecideCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "CASE.json|-",
            description = "The case, UTF-8 JSON (with --jsonl: one case per line); '-' reads stdin.")
    String source;

    @Option(names = "--explain", description = "Print the decision for a person instead of JSON.")
    boolean explain;

    @Option(names = "--jsonl", description = "One case per line in, one decision per line out (JSON Lines).")
    boolean jsonl;

    private final Streams streams;

    DecideCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        if (jsonl && explain) {
            throw new CliException("--explain and --jsonl do not go together: --jsonl writes JSON");
        }
        if (jsonl) {
            return decideLines();
        }
        Case c;
        try (TextInput in = TextInput.open(source, streams.in, null, false)) {
            c = CaseJson.read(in.readAll());
        } catch (CaseFormatException e) {
            throw new CliException(TextInput.name(source) + " is not a valid case: " + e.getMessage());
        }
        Decision decision = EligibilityService.shared().decide(c);
        streams.print.print(explain ? Explanation.toText(decision) : CaseJson.write(decision) + "\n");
        return ExitCode.OK;
    }

    /** What a JSON Lines run did, for its summary and exit status. */
    private static final class Counts {
        long decided;
        long refused;
        long blank;
    }

    /** A block's output lines and counts. */
    private record Decided(List<String> lines, Counts counts) {
    }

    /**
     * One decision (or error) line per case line, in order; the run goes on past bad lines. Blocks of lines
     * are decided on other threads ({@link InOrder}), as check's are.
     */
    private int decideLines() throws IOException {
        long started = System.nanoTime();
        Counts total = new Counts();
        FileRun run = new FileRun(streams, List.of(source), null, true, false);
        try (InOrder<Decided> blocks = new InOrder<>(done -> {
            for (String line : done.lines()) {
                run.out.write(line).write('\n');
            }
            total.decided += done.counts().decided;
            total.refused += done.counts().refused;
            total.blank += done.counts().blank;
        })) {
            run.forEach(in -> {
                Lines line = new Lines(in);
                List<String> block = new ArrayList<>();
                long first = 1;
                while (line.next()) {
                    block.add(line.malformed() ? null : line.toString()); // null: not UTF-8
                    if (block.size() == 256) {
                        List<String> full = block;
                        long number = first;
                        blocks.submit(() -> decide(full, number));
                        block = new ArrayList<>();
                        first = line.number() + 1;
                    }
                }
                List<String> rest = block;
                long number = first;
                blocks.submit(() -> decide(rest, number));
                blocks.drain();
            });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long lines = total.decided + total.refused;
        streams.err.printf(Locale.ROOT, "iin decide: %d cases decided, %d lines refused (not valid cases)%s; %.1f s,"
                + " %.0f cases/s%n", total.decided, total.refused,
                total.blank == 0 ? "" : ", " + total.blank + " blank lines skipped", seconds,
                seconds > 0 ? lines / seconds : 0.0);
        return total.refused == 0 ? ExitCode.OK : ExitCode.INVALID;
    }

    /** On a worker thread: a block of case lines (null where not UTF-8), the first numbered {@code first}. */
    private static Decided decide(List<String> block, long first) {
        EligibilityService service = EligibilityService.shared();
        Counts counts = new Counts();
        List<String> out = new ArrayList<>(block.size());
        for (int i = 0; i < block.size(); i++) {
            String text = block.get(i);
            long number = first + i;
            if (text != null && text.isBlank()) {
                counts.blank++;
                continue;
            }
            String error = null;
            try {
                if (text == null) {
                    error = "not valid UTF-8";
                } else {
                    out.add(CaseJson.writeLine(service.decide(CaseJson.read(text)), number));
                }
            } catch (CaseFormatException e) {
                error = "not a valid case: " + e.getMessage();
            } catch (RuntimeException e) {
                // A defect of the rules for this one case: said on its line, the others still decided.
                error = "not decided (internal error, please report): " + Redact.digits(e.getMessage());
            }
            if (error != null) {
                counts.refused++;
                out.add(CaseJson.errorLine(number, error));
            } else {
                counts.decided++;
            }
        }
        return new Decided(out, counts);
    }
}
