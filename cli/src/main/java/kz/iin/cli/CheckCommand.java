package kz.iin.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.iin.cli.batch.ByteSink;
import kz.iin.cli.batch.TextRows;
import kz.iin.cli.batch.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Checks IINs and BINs: kind, validity, reason, and what the number encodes.",
            "",
            "  iin check ID...                          identifiers as arguments",
            "  iin check --format tsv|json|text FILE|-  batch, one identifier per line",
            "  iin check --column N [--header] FILE.csv one CSV column, results appended",
            "",
            "Arguments are identifiers unless --format or --column is given or an argument",
            "is '-' (stdin); then they are files. Input is judged exactly as given (no",
            "trimming) unless --compact. The decoded birth date and sex are what the number",
            "encodes, not necessarily the person's."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  all valid", "  1  at least one invalid", "  2  usage error, or an input that cannot be read"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID|FILE",
            description = "Identifiers, or files in batch mode ('-' = stdin, the default there).")
    List<String> arguments;

    @Option(names = "--format", paramLabel = "tsv|json|text",
            description = "Batch output: tsv (header + one row per line), json (JSON Lines) or text.")
    BatchCheck.Format format;

    @Option(names = "--lenient", description = "Check digit only: accept any 12 digits whose check digit matches.")
    boolean lenient;

    @Option(names = "--compact", description = "Remove spaces and hyphens before judging (e.g. '900101 300 123').")
    boolean compact;

    @Option(names = "--column", paramLabel = "N|NAME", description = "CSV mode: check column N (from 1) or the column with this header name.")
    String column;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "CSV delimiter, one character or 'tab' (default: ${DEFAULT-VALUE}).")
    String delimiter;

    @Option(names = "--header", description = "CSV mode: the first record is a header (implied by a column name).")
    boolean header;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (arguments == null || arguments.isEmpty()) {
            if (format == null && column == null) {
                throw new ParameterException(spec.commandLine(),
                        "give identifiers to check, or --format tsv|json|text to read lines from stdin or files");
            }
            arguments = List.of(Inputs.STDIN);
        }
        boolean batch = format != null || column != null || arguments.contains(Inputs.STDIN);
        if (column != null) {
            if (format != null) {
                throw new ParameterException(spec.commandLine(), "--column writes CSV; it cannot be combined with --format");
            }
            return new CsvCheck(column, delimiterChar(), header, lenient, compact, quiet, System.err).run(arguments);
        }
        if (batch) {
            BatchCheck.Format f = format == null ? BatchCheck.Format.text : format;
            return new BatchCheck(f, lenient, compact, quiet, System.err).run(arguments);
        }
        return checkArguments();
    }

    private int checkArguments() throws IOException {
        ByteSink out = new ByteSink(new FileOutputStream(FileDescriptor.out), 1 << 16);
        TextRows rows = new TextRows(out);
        Verdict verdict = new Verdict(lenient, compact);
        boolean anyInvalid = false;
        String fileHint = null;
        for (String argument : arguments) {
            verdict.judge(argument);
            rows.write(argument, verdict);
            if (!verdict.valid()) {
                anyInvalid = true;
                if (fileHint == null && Files.isRegularFile(Path.of(argument))) {
                    fileHint = argument;
                }
            }
        }
        out.flush();
        if (fileHint != null) {
            System.err.println("iin: note: " + Inputs.name(fileHint) + " is a file; to check its lines use "
                    + "'iin check --format text FILE' (or tsv, json)");
        }
        return anyInvalid ? ExitCode.INVALID : ExitCode.OK;
    }

    private char delimiterChar() {
        if (delimiter.equals("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n'
                || delimiter.charAt(0) == '\r') {
            throw new ParameterException(spec.commandLine(),
                    "--delimiter must be one character other than a quote or line break, or 'tab'");
        }
        return delimiter.charAt(0);
    }
}
