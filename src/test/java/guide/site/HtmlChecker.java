package guide.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The W3C Nu HTML Checker (vnu, the checker behind validator.w3.org/nu), in-process: one instance for the
 * whole test run (reading its schemas takes a few seconds, a page then a few milliseconds), the same
 * schemas and checks as {@code vnu.jar}, with language detection on (it warns when a page's text does
 * not look like the language its {@code lang} names).
 *
 * <p>The checker's work runs on a thread of its own with a stack of {@value #STACK_BYTES} bytes: reading the HTML schema
 * recurses deeper than a default 1 MB stack holds where the JVM compiles with C1 only ({@code -XX:TieredStopAtLevel=1}, as
 * PIT's minions run, pom.xml), whose frames are larger, and it stopped there with a StackOverflowError (vnu's own README
 * gives its command line {@code -Xss} for the same reason). Its own thread makes the result the same in every JVM.
 */
public final class HtmlChecker {
    /** The checker thread's stack: 64 MB, far more than the schema needs under any compiler. */
    static final long STACK_BYTES = 64L << 20;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(null, work, "nu-html-checker", STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });
    private static HtmlChecker shared;
    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /** One problem the checker reported, placed in the page it named. */
    public record Message(String file, int line, int column, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + text;
        }
    }

    /**
     * What the checker said about one page: errors make it invalid; warnings are advice; {@code known} are the
     * warnings of {@link #KNOWN_WARNINGS}, where the checker is wrong.
     */
    public record Report(List<Message> errors, List<Message> warnings, List<Message> known) {
    }

    /**
     * A message the checker gives where it is wrong: its exact text, and the markup it must point at (what its
     * line holds up to the column it names), so that the same words about any other markup still count.
     */
    record Known(String text, String markup) {
        boolean matches(Message m, List<String> lines) {
            if (!m.text().equals(text) || m.line() < 1 || m.line() > lines.size()) {
                return false;
            }
            String line = lines.get(m.line() - 1);
            return m.column() <= line.length() && line.substring(0, m.column()).endsWith(markup);
        }
    }

    /** The allowlist: each message with the markup it is known to be wrong about, and why. */
    static final List<Known> KNOWN_WARNINGS = List.of(
            // The structured data for search engines (templates/partials/jsonld.ftl) is a data block,
            // not a script: browsers neither run it nor apply script-src to it (Chromium reports no violation
            // for it, and does for an inline script beside it), so the page's CSP needs no 'unsafe-inline'.
            new Known("Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive"
                    + " (missing “‘unsafe-inline’” or nonce/hash).", "<script type=\"application/ld+json\">"));

    private HtmlChecker() throws Exception {
        validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", new Collector());
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The checker, made on first use. */
    public static synchronized HtmlChecker shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /**
     * Checks {@code html} as a page served as text/html from {@code address} (so that the checker judges
     * its Content Security Policy's {@code 'self'} as a browser would), reporting problems under the
     * name {@code file}.
     */
    public synchronized Report check(String file, String address, String html) {
        return onOwnStack(() -> checkHere(file, address, html), "the Nu HTML Checker failed on " + file);
    }

    /** A new checker, its schemas read on the checker's thread (the shared one is made so). */
    static HtmlChecker start() {
        return onOwnStack(HtmlChecker::new, "the Nu HTML Checker did not start");
    }

    /** Runs {@code work} on the checker's thread and waits for it; what it throws is rethrown, a checked exception wrapped. */
    private static <T> T onOwnStack(Callable<T> work, String failure) {
        try {
            return WORKER.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(failure + ": interrupted", e);
        }
    }

    private Report checkHere(String file, String address, String html) {
        collector.start(file);
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setSystemId(address);
        try {
            validator.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            collector.errors.add(new Message(file, 0, 0, "the checker stopped: " + e.getMessage()));
        }
        List<String> lines = html.lines().toList();
        List<Message> warnings = new ArrayList<>();
        List<Message> known = new ArrayList<>();
        for (Message w : collector.warnings) {
            (KNOWN_WARNINGS.stream().anyMatch(k -> k.matches(w, lines)) ? known : warnings).add(w);
        }
        return new Report(List.copyOf(collector.errors), warnings, known);
    }

    /** Collects what the parser and the schema checks report, for one page at a time. */
    private static final class Collector implements ErrorHandler {
        private String file = "(schema)";
        private final List<Message> errors = new ArrayList<>();
        private final List<Message> warnings = new ArrayList<>();

        void start(String name) {
            file = name;
            errors.clear();
            warnings.clear();
        }

        private Message message(SAXParseException e) {
            return new Message(file, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(message(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(message(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(message(e));
        }
    }
}
