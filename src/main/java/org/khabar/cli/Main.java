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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *
 * <p>Inputs are read and extracted by {@code --jobs} threads (default: the processors, at most
 * {@value #MAX_DEFAULT_JOBS}), a few inputs ahead of the one being written; one thread writes every output
 * and error line in input order, so the output does not depend on the number of jobs. Standard input is
 * read by that writing thread, in its place among the inputs.
 */
public final class Main {

    static final int OK = 0;
    static final int SOME_INPUT_FAILED = 1;
    static final int USAGE = 2;
    static final int OUTPUT_FAILED = 3;
    /** An input hit a bug in the extractor: reported on stderr, the other inputs processed. */
    static final int INTERNAL_ERROR = 4;

    /** The default number of jobs is the processor count, at most this (each job holds a document's work). */
    static final int MAX_DEFAULT_JOBS = 4;
    private static final int MAX_JOBS = 256;

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
            "  --jobs N                  extract N inputs at a time (default: the processors, at most 4);",
            "                            the output is the same, in input order, for any N",
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
        int jobs = Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_JOBS);
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
            } else if (options && (a.equals("--jobs") || a.startsWith("--jobs="))) {
                String v = value(args, i, a, "--jobs");
                int n;
                try {
                    n = v == null ? 0 : Integer.parseInt(v.strip());
                } catch (NumberFormatException e) {
                    n = 0;
                }
                if (n < 1 || n > MAX_JOBS) {
                    stderr.println("khabar: --jobs takes a number from 1 to " + MAX_JOBS);
                    return USAGE;
                }
                jobs = n;
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
        try (Ahead ahead = new Ahead(inputs, stdin, khabar, extract, jobs)) {
            if (format.equals("json")) {
                out.write("[\n");
            }
            for (String input : inputs) {
                Outcome o = ahead.next();
                if (o.unreadable() != null) {
                    out.flush(); // keep stdout and stderr in input order for a reader of both
                    stderr.println("khabar: " + input + ": " + o.unreadable().getMessage());
                    status = Math.max(status, SOME_INPUT_FAILED);
                    continue;
                }
                if (o.bug() != null) {
                    // a bug must not cost the other inputs their output: named on stderr with its first frame,
                    // and the exit status says so
                    out.flush();
                    StackTraceElement[] at = o.bug().getStackTrace();
                    stderr.println("khabar: " + input + ": internal error, no output for this input (please report it): "
                            + o.bug() + (at.length > 0 ? " at " + at[0] : ""));
                    status = INTERNAL_ERROR;
                    continue;
                }
                Extraction x = o.extraction();
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

    /** One input's result: its extraction, or why it has none. */
    private record Outcome(Extraction extraction, InputException unreadable, RuntimeException bug) {}

    private static Outcome process(String input, String readAlready, InputStream stdin, Khabar khabar,
            java.util.function.BiFunction<Khabar, String, Extraction> extract) {
        String text;
        try {
            text = readAlready != null ? readAlready : read(input, stdin);
        } catch (InputException e) {
            return new Outcome(null, e, null);
        }
        try {
            return new Outcome(extract.apply(khabar, text), null, null);
        } catch (RuntimeException e) {
            return new Outcome(null, null, e);
        }
    }

    /**
     * The inputs' outcomes in input order, computed by {@code jobs} daemon threads up to {@code 2 × jobs}
     * inputs ahead (one job: in the calling thread, nothing ahead). Standard input is read in the calling
     * thread when its turn to be queued comes, so it is read once, in order. An {@link Error} in a job
     * (out of memory, say) is thrown again by {@link #next}, as it would be without jobs; closing stops the
     * jobs still queued.
     */
    private static final class Ahead implements AutoCloseable {
        private final List<String> inputs;
        private final InputStream stdin;
        private final Khabar khabar;
        private final java.util.function.BiFunction<Khabar, String, Extraction> extract;
        private final ExecutorService pool;
        private final ArrayDeque<Future<Outcome>> queued = new ArrayDeque<>();
        private final int window;
        private int submitted;
        private int taken;

        Ahead(List<String> inputs, InputStream stdin, Khabar khabar,
                java.util.function.BiFunction<Khabar, String, Extraction> extract, int jobs) {
            this.inputs = inputs;
            this.stdin = stdin;
            this.khabar = khabar;
            this.extract = extract;
            int threads = Math.min(jobs, inputs.size());
            this.window = 2 * threads;
            this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "khabar-job");
                t.setDaemon(true);
                return t;
            });
        }

        Outcome next() {
            if (pool == null) {
                String input = inputs.get(taken++);
                return process(input, null, stdin, khabar, extract);
            }
            while (submitted < inputs.size() && submitted - taken < window) {
                String input = inputs.get(submitted++);
                String stdinText = null;
                if (input.equals("-")) {
                    try {
                        stdinText = read(input, stdin);
                    } catch (InputException e) {
                        queued.add(CompletableFuture.completedFuture(new Outcome(null, e, null)));
                        continue;
                    }
                }
                String text = stdinText;
                queued.add(pool.submit(() -> process(input, text, stdin, khabar, extract)));
            }
            taken++;
            Future<Outcome> f = queued.poll();
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return f.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the outcome is still owed to the output: wait on, interrupt after
                    }
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error err) {
                    throw err;
                }
                // process catches every RuntimeException and has no checked one: a bug here
                throw new IllegalStateException("job failed: " + cause, cause);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
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
