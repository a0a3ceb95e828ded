package org.khabar.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.Extraction;
import org.khabar.Khabar;
import org.khabar.Strictness;

/**
 * The command line: {@code java -jar khabar-cli.jar [--format text|json|jsonl] [FILE ...]}.
 *
 * <p>Each input is read as UTF-8 (a leading BOM dropped) and extracted; output is in input order. A file
 * that cannot be read or is not valid UTF-8 gets one line on standard error naming it, the others are
 * still processed, and the exit status is 1. Exit status 2 means a usage error, 3 that the output could
 * not be written (closed pipe, full disk), 4 that an input hit a bug in the extractor (named on standard
 * error; the other inputs are still processed).
 */
public final class Main {

    static final int OK = 0;
    static final int SOME_INPUT_FAILED = 1;
    static final int USAGE = 2;
    static final int OUTPUT_FAILED = 3;
    /** An input hit a bug in the extractor: reported on stderr, the other inputs processed. */
    static final int INTERNAL_ERROR = 4;

    private static final String HELP = String.join("\n",
            "usage: java -jar khabar-cli.jar [OPTIONS] [FILE ...]",
            "",
            "Extracts actors, organizations, money figures and claims from Arabic news texts.",
            "With no FILE, or when FILE is -, reads standard input.",
            "",
            "options:",
            "  --format text|json|jsonl  output format (default text); jsonl prints one JSON object per",
            "                            document on one line, as described in the README",
            "  --strictness lenient|balanced|strict   evidence needed for a record (default balanced)",
            "  --list FILE               also read input paths from FILE, one per line",
            "  -h, --help                print this help",
            "",
            "exit status: 0 all inputs processed; 1 some inputs could not be read; 2 usage error;",
            "             3 output could not be written; 4 an input hit an internal error (a bug)",
            "");

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        System.exit(code);
    }

    /** Runs the command line against the given streams; returns the exit status. */
    static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        return run(args, stdin, stdout, stderr, Khabar::extract);
    }

    /** {@link #run}, extracting through {@code extract} (a test hands in one that fails). */
    static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr,
            java.util.function.BiFunction<Khabar, String, Extraction> extract) {
        String format = "text";
        Strictness strictness = Strictness.BALANCED;
        List<String> inputs = new ArrayList<>();
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (options && (a.equals("-h") || a.equals("--help"))) {
                stderr.flush();
                try {
                    stdout.write(HELP.getBytes(StandardCharsets.UTF_8));
                    stdout.flush();
                } catch (IOException e) {
                    stderr.println("khabar: cannot write output: " + e.getMessage());
                    return OUTPUT_FAILED;
                }
                return OK;
            } else if (options && (a.equals("--format") || a.startsWith("--format="))) {
                String v = value(args, i, a, "--format");
                if (v == null || !(v.equals("text") || v.equals("json") || v.equals("jsonl"))) {
                    stderr.println("khabar: --format takes text, json or jsonl");
                    return USAGE;
                }
                format = v;
                if (!a.contains("=")) {
                    i++;
                }
            } else if (options && (a.equals("--strictness") || a.startsWith("--strictness="))) {
                String v = value(args, i, a, "--strictness");
                try {
                    strictness = Strictness.valueOf(v == null ? "" : v.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    stderr.println("khabar: --strictness takes lenient, balanced or strict");
                    return USAGE;
                }
                if (!a.contains("=")) {
                    i++;
                }
            } else if (options && (a.equals("--list") || a.startsWith("--list="))) {
                String v = value(args, i, a, "--list");
                if (v == null) {
                    stderr.println("khabar: --list takes a file of paths");
                    return USAGE;
                }
                try {
                    for (String line : Files.readAllLines(Path.of(v), StandardCharsets.UTF_8)) {
                        if (!line.isBlank()) {
                            inputs.add(line.strip());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    stderr.println("khabar: cannot read list " + v + ": " + describe(e));
                    return USAGE;
                }
                if (!a.contains("=")) {
                    i++;
                }
            } else if (options && a.equals("--")) {
                options = false;
            } else if (options && a.startsWith("--")) {
                stderr.println("khabar: unknown option " + a + " (try --help)");
                return USAGE;
            } else {
                inputs.add(a);
            }
        }
        if (inputs.isEmpty()) {
            inputs.add("-");
        }
        Khabar khabar = Khabar.builder().strictness(strictness).build();
        Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        int status = OK;
        boolean first = true;
        try {
            if (format.equals("json")) {
                out.write("[\n");
            }
            for (String input : inputs) {
                String text;
                try {
                    text = read(input, stdin);
                } catch (InputException e) {
                    out.flush(); // keep stdout and stderr in input order for a reader of both
                    stderr.println("khabar: " + input + ": " + e.getMessage());
                    status = Math.max(status, SOME_INPUT_FAILED);
                    continue;
                }
                Extraction x;
                try {
                    x = extract.apply(khabar, text);
                } catch (RuntimeException e) {
                    // a bug must not cost the other inputs their output: named on stderr with its first frame,
                    // and the exit status says so
                    out.flush();
                    StackTraceElement[] at = e.getStackTrace();
                    stderr.println("khabar: " + input + ": internal error, no output for this input (please report it): "
                            + e + (at.length > 0 ? " at " + at[0] : ""));
                    status = INTERNAL_ERROR;
                    continue;
                }
                switch (format) {
                    case "jsonl":
                        out.write(DocumentJson.render(input, x));
                        out.write('\n');
                        break;
                    case "json":
                        if (!first) {
                            out.write(",\n");
                        }
                        out.write(DocumentJson.render(input, x));
                        break;
                    default:
                        out.write(TextReport.render(input, x));
                        break;
                }
                first = false;
            }
            if (format.equals("json")) {
                out.write("\n]\n");
            }
            out.flush();
        } catch (IOException e) {
            stderr.println("khabar: cannot write output: " + describe(e));
            return OUTPUT_FAILED;
        }
        return status;
    }

    private static String value(String[] args, int i, String a, String name) {
        if (a.startsWith(name + "=")) {
            return a.substring(name.length() + 1);
        }
        return i + 1 < args.length ? args[i + 1] : null;
    }

    /** A reason why one input cannot be processed; the message is for the user. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String read(String input, InputStream stdin) throws InputException {
        byte[] bytes;
        try {
            if (input.equals("-")) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                stdin.transferTo(buf);
                bytes = buf.toByteArray();
            } else {
                Path p = Path.of(input);
                if (Files.isDirectory(p)) {
                    throw new InputException("is a directory, not a file", null);
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (NoSuchFileException e) {
            throw new InputException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException("cannot read: " + describe(e), e);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputException("not valid UTF-8 (" + describe(e) + ")", e);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
