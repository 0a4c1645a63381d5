package guide.bench;

import guide.site.Problem;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs JBake 2.7 over a prepared bake source and turns everything it reports, returned or
 * only logged, into problems. JBake keeps its content store in a static field, so bakes are
 * serialised here.
 */
public final class JBakeBaker {
    private static final Pattern TEMPLATE_LOCATION = Pattern.compile("in template \"([^\"]+)\" at line (\\d+)");
    private static final Object LOCK = new Object();

    /** Settings the guide relies on; they override jbake.properties. */
    private static final Map<String, String> FIXED = new LinkedHashMap<>();

    static {
        quietLibraryLogging();
        FIXED.put("content.folder", "content");
        FIXED.put("template.folder", "templates");
        FIXED.put("asset.folder", "assets");
        FIXED.put("db.store", "memory");
        FIXED.put("date.format", "yyyy-MM-dd");
        FIXED.put("freemarker.timezone", "UTC");
        FIXED.put("render.encoding", "UTF-8");
        FIXED.put("uri.noExtension", "false");
        for (String off : List.of("index", "archive", "feed", "tags", "tagsindex", "sitemap", "error404")) {
            FIXED.put("render." + off, "false");
        }
        FIXED.put("template.post.file", "post.ftl");
        FIXED.put("template.page.file", "page.ftl");
        FIXED.put("template.home.file", "home.ftl");
        FIXED.put("template.notfound.file", "notfound.ftl");
        FIXED.put("template.quiz.file", "quiz.ftl");
        FIXED.put("template.root.file", "root.ftl");
        FIXED.put("template.articles.file", "articles.ftl");
        FIXED.put("template.atom.file", "atom.ftl");
        FIXED.put("template.atom.extension", ".xml");
        FIXED.put("template.sitemapxml.file", "sitemap.ftl");
        FIXED.put("template.sitemapxml.extension", ".xml");
        FIXED.put("template.robots.file", "robots.ftl");
        FIXED.put("template.robots.extension", ".txt");
    }

    /**
     * Warnings JBake always logs in this setup: no AsciiDoc engine on the class path (the guide
     * writes Markdown only), and the guide's own Markdown engine replacing JBake's.
     */
    private static final List<String> BENIGN = List.of(
            "Unable to load a suitable rendering engine for extensions [ad, adoc, asciidoc]",
            "Registered a markup engine for extension [.md]");

    private final Path projectDir;

    /**
     * OrientDB (inside JBake) and Freemarker log to java.util.logging by default, which would print
     * start-up chatter and stack traces on every build. Freemarker goes through SLF4J instead (its
     * errors reach the build as problems), and java.util.logging is switched off.
     */
    private static void quietLibraryLogging() {
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    /** @param projectDir used to name template files in problems ({@code templates/post.ftl:12}) */
    public JBakeBaker(Path projectDir) {
        this.projectDir = projectDir;
    }

    /**
     * Bakes {@code source} into {@code destination}.
     *
     * @param settings the project's jbake.properties, passed on except where the guide needs fixed values
     * @return problems; empty when the bake is complete and clean
     */
    public List<Problem> bake(Path source, Path destination, Properties settings) {
        synchronized (LOCK) {
            List<Problem> problems = new ArrayList<>();
            try (LogCapture log = new LogCapture("org.jbake")) {
                DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory().setEncoding("UTF-8")
                        .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), true);
                for (String key : settings.stringPropertyNames()) {
                    if (!key.startsWith("site.") && !FIXED.containsKey(key)) {
                        cfg.setProperty(key, settings.getProperty(key));
                    }
                }
                FIXED.forEach(cfg::setProperty);
                Engines.register("md", new GuideMarkdownEngine());
                Oven oven = new Oven(cfg);
                oven.bake();
                for (Throwable error : oven.getErrors()) {
                    problems.addAll(describe(error));
                }
                boolean templateErrors = !problems.isEmpty();
                for (String message : log.messages()) {
                    if (BENIGN.stream().noneMatch(message::startsWith)
                            && !(templateErrors && (message.startsWith("Rendering [") || message.startsWith("Failed to bake")))) {
                        problems.add(new Problem(Path.of("jbake"), 0, message));
                    }
                }
            } catch (RuntimeException e) {
                problems.addAll(describe(e));
            }
            return problems;
        }
    }

    /** A template error names the template and line; anything else is reported as JBake said it. */
    private List<Problem> describe(Throwable error) {
        Set<Problem> problems = new LinkedHashSet<>();
        String text = String.valueOf(error.getMessage());
        for (String part : text.split("\n(?=file .*Cause: )")) {
            Matcher m = TEMPLATE_LOCATION.matcher(part);
            if (m.find()) {
                problems.add(new Problem(Path.of("templates").resolve(m.group(1)), Integer.parseInt(m.group(2)),
                        "template error: " + summary(part)));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new Problem(Path.of("jbake"), 0, error.getClass().getSimpleName() + ": " + text.strip()));
        }
        return new ArrayList<>(problems);
    }

    /** Freemarker's own explanation, on one line, without the exception class and the location. */
    private static String summary(String part) {
        String cause = part.contains("Cause: ") ? part.substring(part.indexOf("Cause: ") + 7) : part;
        StringBuilder s = new StringBuilder();
        for (String line : cause.split("\n")) {
            if (line.startsWith("----") || line.startsWith("Tip:") || line.startsWith("FTL stack")) {
                break;
            }
            s.append(line.strip()).append(' ');
        }
        return s.toString().replaceFirst("^[a-zA-Z.]+(Exception|Error): ", "").replaceAll("\\s*\\[in template [^]]*]", "")
                .replaceAll("\\s+", " ").strip();
    }
}
