package kz.iin.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.iin.cli.batch.ByteSink;
import kz.iin.cli.batch.CheckResult;
import kz.iin.cli.batch.RowOptions;
import kz.iin.cli.batch.TextRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        usageHelpAutoWidth = false,
        description = {
            "Checks IINs and BINs: kind, validity, reason, and what the number encodes.",
            "",
            "  iin check ID...                           identifiers as arguments",
            "  iin check --format tsv|json|text FILE...  one identifier per line",
            "  iin check --column N|NAME FILE.csv        one CSV column, results appended",
            "  ... | iin check                           lines from stdin (text format)",
            "",
            "Arguments are identifiers unless --format or --column is given or an argument is '-' (stdin); then"
                + " they are files (pipes and FIFOs too). Input is judged exactly as given (no trimming) unless"
                + " --compact. Files are UTF-8 unless --encoding says otherwise; a byte order mark is honoured."
                + " The decoded birth date and sex are what the number encodes, not necessarily the person's.", ""},
        footerHeading = ExitCode.HEADING,
        footer = {ExitCode.HELP_OK, ExitCode.HELP_INVALID, ExitCode.HELP_USAGE, ExitCode.HELP_INTERNAL,
            ExitCode.HELP_BROKEN_PIPE})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID|FILE",
            description = "Identifiers, or files in batch and CSV mode ('-' = stdin, the default there).")
    List<String> arguments;

    @Option(names = "--format", paramLabel = "tsv|json|text",
            description = "Batch output: tsv (header + one row per line), json (JSON Lines) or text.")
    BatchCheck.Format format;

    @Option(names = "--lenient", description = "Check digit only: accept any 12 digits whose check digit matches.")
    boolean lenient;

    @Option(names = "--compact", description = "Remove spaces and hyphens before judging (e.g. '900101 300 123').")
    boolean compact;

    @Option(names = "--mask", description = "Show identifiers masked (********0007) in every output format.")
    boolean mask;

    @Option(names = "--only-invalid", description = "Write only the invalid lines or records (the summary counts all).")
    boolean onlyInvalid;

    @Option(names = "--with-location",
            description = "Add columns file and line (CSV: iin_file and iin_record, counting the header) to trace rows back.")
    boolean withLocation;

    @Option(names = "--column", paramLabel = "N|NAME",
            description = "CSV mode: check column N (from 1) or the column with this header name (any case when unambiguous).")
    String column;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "CSV mode: the delimiter, one character or 'tab' (default: ${DEFAULT-VALUE}).")
    String delimiter;

    @Option(names = "--header", description = "CSV mode: the first record is a header (implied by a column name).")
    boolean header;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "The files' encoding, e.g. windows-1251 or UTF-16 (default: UTF-8, or UTF-16 by its byte order mark).")
    String encoding;

    @Option(names = "--summary-json", paramLabel = "FILE",
            description = "Also write the summary as JSON to FILE: counts per kind and reason, lines, invalid UTF-8, time.")
    Path summaryJson;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal and not -q).")
    Boolean progress;

    @Option(names = {"-q", "--quiet"}, description = "No summary (and no progress bar) on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        boolean csv = column != null;
        if (!csv && (header || spec.commandLine().getParseResult().hasMatchedOption("--delimiter"))) {
            throw usage((header ? "--header" : "--delimiter") + " is for CSV mode: add --column N|NAME");
        }
        if (csv && format != null) {
            throw usage("--column writes CSV; it cannot be combined with --format");
        }
        if (arguments == null || arguments.isEmpty()) {
            if (format == null && !csv && Terminal.stdin()) {
                throw usage("give identifiers to check, or files with --format tsv|json|text, or pipe lines into iin check");
            }
            arguments = List.of(Inputs.STDIN);
        }
        boolean batch = format != null || csv || arguments.contains(Inputs.STDIN);
        CheckOptions options = new CheckOptions(lenient, compact, quiet,
                progress != null ? progress : !quiet && Terminal.stderr(), onlyInvalid,
                new RowOptions(mask, withLocation), charset(), summaryJson);
        if (csv) {
            return new CsvCheck(column, delimiterChar(), header, options, System.err).run(arguments);
        }
        if (batch) {
            return new BatchCheck(format == null ? BatchCheck.Format.text : format, options, System.err).run(arguments);
        }
        for (String fileOnly : new String[] {"--encoding", "--with-location", "--summary-json", "--progress", "--no-progress"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(fileOnly)) {
                throw usage(fileOnly + " is for files: add --format tsv|json|text FILE, or --column for CSV");
            }
        }
        return checkArguments();
    }

    private int checkArguments() throws IOException {
        ByteSink out = new ByteSink(Stdout.stream(), 1 << 16);
        TextRows rows = new TextRows(out, new RowOptions(mask, false));
        CheckResult result = new CheckResult(lenient, compact);
        boolean anyInvalid = false;
        String fileHint = null;
        for (String argument : arguments) {
            result.check(argument);
            if (!onlyInvalid || !result.valid()) {
                rows.write(argument, result);
            }
            if (!result.valid()) {
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

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw usage("unknown encoding '" + encoding + "'; Java charset names work, e.g. UTF-8, windows-1251, UTF-16");
        }
    }

    private char delimiterChar() {
        if (delimiter.equals("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n'
                || delimiter.charAt(0) == '\r' || delimiter.charAt(0) >= 0x80) {
            throw usage("--delimiter must be one ASCII character other than a quote or line break, or 'tab'");
        }
        return delimiter.charAt(0);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
