package kz.iin.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.Explanation;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "decide", sortOptions = false, mixinStandardHelpOptions = true,
        usageHelpAutoWidth = false,
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
                + " to stderr. All processors are used.",
            "",
            "Case format: docs/rules.md; 'iin demo' shows two cases.", ""},
        footerHeading = ExitCode.HEADING,
        footer = {"  0    decided (whatever the outcome, an undecided case included)",
            "  1    --jsonl: at least one line was not a valid case (see its error line)",
            "  2    unreadable or invalid case (the message names the field); write error",
            ExitCode.HELP_INTERNAL, ExitCode.HELP_BROKEN_PIPE})
final class DecideCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "CASE.json|-",
            description = "The case, UTF-8 JSON (with --jsonl: one case per line); '-' reads stdin.")
    String source;

    @Option(names = "--explain", description = "Print the decision for a person instead of JSON.")
    boolean explain;

    @Option(names = "--jsonl", description = "One case per line in, one decision per line out (JSON Lines).")
    boolean jsonl;

    @Override
    public Integer call() throws IOException {
        Inputs.requireReadable(List.of(source));
        if (jsonl) {
            if (explain) {
                throw new CliException("--explain and --jsonl do not go together: --jsonl writes JSON");
            }
            return decideLines();
        }
        Case c;
        try (InputStream in = Inputs.open(source);
             Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            c = CaseJson.read(reader);
        } catch (CaseFormatException e) {
            String why = e.getCause() instanceof java.nio.charset.CharacterCodingException
                    ? "not valid UTF-8" : e.getMessage();
            throw new CliException(Inputs.name(source) + " is not a valid case: " + why);
        }
        Decision decision = EligibilityService.shared().decide(c);
        System.out.print(explain ? Explanation.toText(decision) : CaseJson.write(decision) + "\n");
        System.out.flush();
        return ExitCode.OK;
    }

    private int decideLines() throws IOException {
        long start = System.nanoTime();
        JsonlDecisions.Totals t;
        try (InputStream in = Inputs.open(source)) {
            OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
            t = new JsonlDecisions(Runtime.getRuntime().availableProcessors()).run(in, out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long lines = t.decided() + t.refused();
        System.err.printf(Locale.ROOT, "iin decide: %d cases decided, %d lines refused (not valid cases)%s; %.1f s, %.0f cases/s%n",
                t.decided(), t.refused(), t.blank() == 0 ? "" : ", " + t.blank() + " blank lines skipped",
                seconds, seconds > 0 ? lines / seconds : 0.0);
        System.err.flush();
        return t.refused() == 0 ? ExitCode.OK : ExitCode.INVALID;
    }
}
