package kz.iin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.Explanation;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"A guided tour in under a minute, with nothing to set up.",
            "Identifiers checked and decoded, a batch with a summary, two eligibility cases",
            "explained by the rules, and the SQL that shows the PostgreSQL part."})
final class DemoCommand implements Callable<Integer> {
    private final PrintStream out;

    DemoCommand(Streams streams) {
        this.out = streams.print;
    }

    @Override
    public Integer call() throws IOException, CaseFormatException {
        Iin anna = Iin.firstAssignable(LocalDate.of(1990, 1, 31), Sex.FEMALE, 1);
        Iin aidar = Iin.firstAssignable(LocalDate.of(1975, 3, 4), Sex.MALE, 42);
        Bin branch = Bin.firstAssignable(YearMonth.of(2007, 9), EntityType.RESIDENT, Division.BRANCH, 1);
        String typo = anna.value().substring(0, 11) + (char) ('0' + (anna.checkDigit() + 1) % 10);
        String fullwidth = aidar.value().chars().mapToObj(d -> Character.toString(d - '0' + '\uFF10'))
                .collect(Collectors.joining());
        String spaced = aidar.value().substring(0, 6) + " " + aidar.value().substring(6);

        heading("1. Checking identifiers", "iin check ID...");
        Out rows = new Out(out);
        Checker result = new Checker(false, false);
        for (String id : new String[] {anna.value(), aidar.value(), branch.value(), typo, fullwidth, spaced}) {
            Format.text.row(rows, id, result.check(id), null, 0);
        }
        rows.flush();
        out.println("   The birth date and sex are what the number ENCODES. Since 2013 they need not match the");
        out.println("   person: take a person's data from their documents. Spaces are not trimmed; '--compact'");
        out.println("   removes spaces and hyphens first. Fullwidth or Arabic-Indic digits are never accepted.");

        heading("2. A batch, streamed, with a summary", "iin check --format tsv FILE  (or - for stdin)");
        Format.tsv.header(rows, false);
        RunSummary summary = new RunSummary();
        for (String line : new String[] {anna.value(), aidar.value(), branch.value(), typo, "", "12345", fullwidth,
            Iin.firstAssignable(LocalDate.of(2001, 12, 31), Sex.MALE, 7).value()}) {
            Format.tsv.row(rows, line, result.check(line), null, 0);
            summary.add(result);
        }
        rows.flush();
        summary.print(out, "line");
        out.println("   (the summary goes to stderr in real runs; exit status 1 because some lines are invalid)");

        heading("3. Two eligibility cases, decided by the rules and explained", "iin decide --explain CASE.json");
        Case sample = CaseJson.read(CaseJson.sample());
        explain("A citizen whose ID card (issued 1996) has no IIN printed on it, as of 1 March 2014:", sample);
        explain("The same person and card, as of 15 January 2008:",
                new Case(LocalDate.of(2008, 1, 15), sample.applicant(), sample.document(), sample.application()));

        heading("4. PostgreSQL: a domain column and decoding in SQL", null);
        out.println("   With the iin extension installed (docs/postgresql.md), run in psql:");
        for (String sql : new String[] {"CREATE EXTENSION iin CASCADE;",
            "CREATE TABLE person (name text, iin iin.iin NOT NULL);",
            "INSERT INTO person VALUES ('Anna', '" + anna.value() + "'), ('Aidar', '" + aidar.value() + "');",
            "INSERT INTO person VALUES ('Typo', '" + typo + "');   -- refused by the domain's check",
            "SELECT name, iin.iin_mask(iin), iin.iin_birth_date(iin), iin.iin_sex(iin) FROM person;"}) {
            out.println("     " + sql);
        }
        out.println();
        out.println("Next: iin check --help, iin generate --help, iin decide --help");
        return ExitCode.OK;
    }

    private void explain(String title, Case c) {
        out.println("   " + title);
        Decision d = EligibilityService.shared().decide(c);
        for (String line : Explanation.toText(d).split("\n")) {
            out.println("     " + line);
        }
        out.println();
    }

    private void heading(String title, String command) {
        out.println();
        out.println(title + (command == null ? "" : "   $ " + command));
    }
}
