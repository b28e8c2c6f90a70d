package kz.iin.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        description = {"Decides an eligibility case with the rules (Drools, in-process).",
            "Prints the decision as JSON, or with --explain for a person: each conclusion, the rule",
            "that drew it and the legal clause it cites. The case's asOf date is the date the rules",
            "apply at (no clock).",
            "",
            "  iin decide case.json",
            "  iin decide --explain - < case.json",
            "",
            "Case format: see the drools-rules module (kz.iin.rules.json.CaseJson); 'iin demo' shows two."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  decided (whatever the outcome)", "  2  the case cannot be read, or is not a valid case (the message names the field)"})
final class DecideCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "CASE.json|-", description = "The case, UTF-8 JSON; '-' reads stdin.")
    String source;

    @Option(names = "--explain", description = "Print the decision for a person instead of JSON.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        Inputs.requireReadable(List.of(source));
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
}
