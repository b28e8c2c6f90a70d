package kz.iin.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.iin.TaxpayerId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = false,
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
        exitCodeListHeading = ExitCode.HEADING, exitCodeList = {ExitCode.OK_LINE, ExitCode.INVALID_LINE,
            ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE, ExitCode.BROKEN_PIPE_LINE})
final class CheckCommand implements Callable<Integer> {
    final Streams streams;

    /** Line-by-line output or CSV, not both. */
    static final class Mode {
        @Option(names = "--format", paramLabel = "tsv|json|text",
                description = "Batch output: tsv (header + one row per line), json (JSON Lines) or text.")
        Format format;

        @Option(names = "--column", paramLabel = "N|NAME",
                description = "CSV mode: check column N (from 1) or the column with this header name (any case when unambiguous).")
        String column;
    }

    @Spec
    CommandSpec spec;

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    @Parameters(arity = "0..*", paramLabel = "ID|FILE",
            description = "Identifiers, or files in batch and CSV mode ('-' = stdin, the default there).")
    List<String> arguments;

    @ArgGroup(exclusive = true)
    Mode mode;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", converter = Delimiter.class,
            description = "CSV mode: the delimiter, one character or 'tab' (default: ${DEFAULT-VALUE}).")
    char delimiter;

    @Option(names = "--header", description = "CSV mode: the first record is a header (implied by a column name).")
    boolean header;

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

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "The files' encoding, e.g. windows-1251 or UTF-16 (default: UTF-8, or UTF-16 by its byte order mark).")
    Charset encoding;

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
        Format format = mode == null ? null : mode.format;
        String column = mode == null ? null : mode.column;
        if (column == null && (header || spec.commandLine().getParseResult().hasMatchedOption("--delimiter"))) {
            throw usage((header ? "--header" : "--delimiter") + " is for CSV mode: add --column N|NAME");
        }
        if (arguments == null || arguments.isEmpty()) {
            if (format == null && column == null && streams.stdinIsTerminal) {
                throw usage("give identifiers to check, or files with --format tsv|json|text, or pipe lines into iin check");
            }
            arguments = List.of(TextInput.STDIN);
        }
        if (column != null) {
            return new CsvCheck(this, column).run();
        }
        if (format != null || arguments.contains(TextInput.STDIN)) {
            return checkLines(format == null ? Format.text : format);
        }
        for (String fileOnly : new String[] {"--encoding", "--with-location", "--summary-json", "--progress", "--no-progress"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(fileOnly)) {
                throw usage(fileOnly + " is for files: add --format tsv|json|text FILE, or --column for CSV");
            }
        }
        return checkArguments();
    }

    private int checkArguments() throws IOException {
        Out out = new Out(streams.out);
        Checker result = new Checker(lenient, compact);
        String aFile = null;
        boolean anyInvalid = false;
        for (String argument : arguments) {
            result.check(argument);
            anyInvalid |= !result.valid();
            if (!onlyInvalid || !result.valid()) {
                Format.text.row(out, mask ? TaxpayerId.mask(argument) : argument, result, null, 0);
            }
            if (!result.valid() && aFile == null && Files.isRegularFile(Path.of(argument))) {
                aFile = argument;
            }
        }
        out.flush();
        if (aFile != null) {
            streams.err.println("iin: note: " + TextInput.name(aFile) + " is a file; to check its lines use "
                    + "'iin check --format text FILE' (or tsv, json)");
        }
        return anyInvalid ? ExitCode.INVALID : ExitCode.OK;
    }

    /** One identifier per line, one row per line, in input order. */
    private int checkLines(Format format) throws IOException {
        FileRun run = new FileRun(streams, arguments, encoding, showProgress(), summaryJson);
        format.header(run.out, withLocation);
        run.out.flush();
        RunSummary summary = new RunSummary();
        run.forEachLine(() -> new LineCheck(format), block -> summary.add(block.summary), summary::total);
        return run.finish(summary, "line", quiet, "no lines to check (the input is empty)");
    }

    /** One block's lines checked, with their own summary. */
    private final class LineCheck implements LineBlocks.Work {
        final Format format;
        final Checker result = new Checker(lenient, compact);
        final RunSummary summary = new RunSummary();

        LineCheck(Format format) {
            this.format = format;
        }

        @Override
        public void line(Line line, boolean malformed, Out rows) throws IOException {
            summary.add(result.check(line));
            if (malformed) {
                summary.malformedLine(line.source(), line.number());
            }
            if (!onlyInvalid || !result.valid()) {
                format.row(rows, mask ? TaxpayerId.mask(line) : line, result, withLocation ? line.source() : null,
                        withLocation ? line.number() : 0);
            }
        }
    }

    boolean showProgress() {
        return progress != null ? progress : !quiet && streams.stderrIsTerminal;
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** One ASCII character that cannot be part of a value (nor a quote or line break), or 'tab'. */
    static final class Delimiter implements ITypeConverter<Character> {
        @Override
        public Character convert(String d) {
            char c = d.equals("tab") || d.equals("\\t") ? '\t' : d.length() == 1 ? d.charAt(0) : 'x';
            if (c == '"' || c == '\n' || c == '\r' || c >= 0x80 || Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                throw new TypeConversionException("--delimiter must be one ASCII character other than a letter, digit,"
                        + " '-', '_', quote or line break, or 'tab'");
            }
            return c;
        }
    }
}
