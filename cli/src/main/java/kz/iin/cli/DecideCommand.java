package kz.iin.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.iin.rules.Case;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.Explanation;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;
import picocli.CommandLine.ArgGroup;
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

    /** A person's text or JSON Lines, not both. */
    static final class Output {
        @Option(names = "--explain", description = "Print the decision for a person instead of JSON.")
        boolean explain;

        @Option(names = "--jsonl", description = "One case per line in, one decision per line out (JSON Lines).")
        boolean jsonl;
    }

    @ArgGroup(exclusive = true)
    Output output = new Output();

    private final Streams streams;

    DecideCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        if (output.jsonl) {
            return decideLines();
        }
        Case c;
        try (TextInput in = TextInput.open(source, streams.in, null)) {
            c = CaseJson.read(in.readAll());
        } catch (CaseFormatException e) {
            throw new CliException(TextInput.name(source) + " is not a valid case: " + e.getMessage());
        }
        var decision = EligibilityService.shared().decide(c);
        streams.print.print(output.explain ? Explanation.toText(decision) : CaseJson.write(decision) + "\n");
        return ExitCode.OK;
    }

    /** One decision (or error) line per case line, in order; the run goes on past bad lines. */
    private int decideLines() throws IOException {
        long started = System.nanoTime();
        long[] counts = new long[3]; // decided, refused, blank
        FileRun run = new FileRun(streams, List.of(source), null, false, null);
        run.forEachLine(LineDecisions::new, block -> {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += block.counts[i];
            }
        }, () -> counts[0] + counts[1]);
        double seconds = (System.nanoTime() - started) / 1e9;
        streams.err.printf(Locale.ROOT, "iin decide: %d %s decided, %d %s refused (not valid cases)%s; %.1f s,"
                + " %.0f cases/s%n", counts[0], RunSummary.plural(counts[0], "case"), counts[1],
                RunSummary.plural(counts[1], "line"), counts[2] == 0 ? ""
                        : ", " + counts[2] + " blank " + RunSummary.plural(counts[2], "line") + " skipped",
                seconds, seconds > 0 ? (counts[0] + counts[1]) / seconds : 0.0);
        return counts[1] == 0 ? ExitCode.OK : ExitCode.INVALID;
    }

    /** One block's case lines decided, each giving a decision line or an error line. */
    private static final class LineDecisions implements LineBlocks.Work {
        final long[] counts = new long[3];

        @Override
        public void line(Line line, boolean malformed, Out rows) throws IOException {
            String text = malformed ? null : line.toString();
            if (text != null && text.isBlank()) {
                counts[2]++;
                return;
            }
            String error = decide(rows, text, line.number());
            if (error != null) {
                rows.append(CaseJson.errorLine(line.number(), error));
            }
            rows.append('\n');
            counts[error == null ? 0 : 1]++;
        }

        @Override
        public boolean tooLong(long number, Out rows) throws IOException {
            String error = "line longer than " + (TextInput.MAX >> 20) + " MiB"; // the service's words
            rows.append(CaseJson.errorLine(number, error)).append('\n');
            counts[1]++;
            return true;
        }
    }

    /** Writes the decision line for one case line (null where not UTF-8); returns what is wrong with it instead, if anything. */
    private static String decide(Out out, String text, long number) throws IOException {
        try {
            if (text == null) {
                return "not valid UTF-8";
            }
            out.append(CaseJson.writeLine(EligibilityService.shared().decide(CaseJson.read(text)), number));
            return null;
        } catch (CaseFormatException e) {
            return "not a valid case: " + e.getMessage();
        } catch (RuntimeException e) { // a defect of the rules for this one case: said on its line, the others still decided
            return "not decided (internal error, please report): " + Redact.digits(e.getMessage());
        }
    }
}
