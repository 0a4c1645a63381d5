package guide.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import guide.content.Markdown;
import guide.site.Problem;
import org.apache.commons.io.output.StringBuilderWriter;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModelException;
import guide.i18n.UiStrings;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Renders pages with JBake's Freemarker template engine and document model, the way JBake's own
 * renderer does, but without JBake's content database: the guide computes each page's
 * {@link guide.page.PageModel} beforehand, so rendering is a pure function of the page, safe to
 * run on several threads. The model's values go into the document model already wrapped by a
 * Freemarker object wrapper of today's version, which shows records' components as properties
 * ({@code alt.lang}) and booleans as booleans; JBake's own, older wrapper passes them through.
 */
public final class TemplateRenderer {
    /** The template of each page type ({@link guide.page.PageModel#type()}), as JBake's {@code template.<type>.file} settings. */
    public static final Map<String, String> TEMPLATES = Map.ofEntries(Map.entry("post", "post.ftl"), Map.entry("page", "page.ftl"),
            Map.entry("home", "home.ftl"), Map.entry("quiz", "quiz.ftl"), Map.entry("notfound", "notfound.ftl"),
            Map.entry("articles", "articles.ftl"), Map.entry("root", "root.ftl"), Map.entry("rootnotfound", "rootnotfound.ftl"),
            Map.entry("atom", "atom.ftl"), Map.entry("sitemapxml", "sitemap.ftl"), Map.entry("robots", "robots.ftl"));
    private final FreemarkerTemplateEngine engine;
    private final DefaultJBakeConfiguration config;
    private final Path projectDir;
    private final Map<String, Object> configModel;
    private final Map<String, ?> globals;
    private static final ObjectWrapper WRAPPER = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

    static {
        // Freemarker logs through SLF4J (its errors reach the build as problems, not as console noise);
        // java.util.logging, which libraries would otherwise print start-up chatter to, is switched off.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    /**
     * @param globals values every template sees by name besides {@code content} and {@code config}:
     *                the asset addresses ({@code assets}, see {@code asset.url()} in layout/asset.ftl) and
     *                the page's Content Security Policy ({@code contentSecurityPolicy})
     */
    public TemplateRenderer(Path projectDir, Path templateDir, Map<String, String> templatesByType, Map<String, ?> globals) {
        this.projectDir = projectDir;
        this.config = new JBakeConfigurationFactory().setEncoding("UTF-8")
                .createDefaultJbakeConfiguration(projectDir.toFile(), projectDir.resolve("target").toFile(), false);
        config.setTemplateFolder(templateDir.toFile());
        config.setProperty("freemarker.timezone", "UTC");
        templatesByType.forEach((type, file) -> config.setProperty("template." + type + ".file", file));
        this.engine = new FreemarkerTemplateEngine(config, null);
        this.configModel = config.asHashMap();
        this.globals = Map.copyOf(globals);
    }

    /** The page's text, or the template problem that stopped it; {@code ui} gives the interface words of the page's language. */
    public Rendered render(PageSpec page, UiStrings ui) {
        return render(page, ui, bodyHtml(page));
    }

    /** The HTML of the page's Markdown, as the template shows it ({@code content.body}): "" for a page without. */
    public static String bodyHtml(PageSpec page) {
        return page.markdown() == null || page.markdown().isBlank() ? "" : Markdown.toHtml(page.markdown());
    }

    /** Like {@link #render(PageSpec, UiStrings)}, with the HTML of its Markdown made already ({@link #bodyHtml}). */
    public Rendered render(PageSpec page, UiStrings ui, String bodyHtml) {
        DocumentModel content = new DocumentModel();
        try {
            page.model().into(content, WRAPPER);
            content.put("ui", WRAPPER.wrap(ui.strings(page.model().lang())));
            content.put("uiPlurals", WRAPPER.wrap(ui.pluralForms(page.model().lang())));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot hand the interface strings (ui, uiPlurals) of " + page.outputPath() + " to Freemarker", e);
        }
        content.setBody(bodyHtml);
        content.setUri(page.outputPath());
        content.setType(page.type());
        content.setStatus("published");
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setConfig(configModel);
        model.putAll(globals);
        // Not a StringWriter: its StringBuffer takes a lock for each of the thousands of pieces a template writes.
        StringBuilderWriter out = new StringBuilderWriter(32 * 1024);
        try {
            engine.renderDocument(model, templateName(page.type()), out);
            return new Rendered(out.toString(), null);
        } catch (RenderingException e) {
            return new Rendered(null, problem(e, page));
        }
    }

    private String templateName(String type) {
        File file = config.getTemplateFileByDocType(type);
        return config.getTemplateFolder().toPath().relativize(file.toPath()).toString().replace('\\', '/');
    }

    /**
     * A template fault as {@code templates/post.ftl:12: template error: ...}. A syntax error is named at its own
     * template's line, also when another template includes that one, and in the same words on every page: Freemarker
     * reports it once and then, to the pages rendered after, only that loading failed "on an earlier attempt", with the
     * syntax error as its cause.
     */
    private Problem problem(RenderingException e, PageSpec page) {
        Throwable cause = e.getCause();
        ParseException syntax = causeOf(e, ParseException.class);
        if (syntax != null) {
            return new Problem(Path.of("templates").resolve(syntax.getTemplateName() == null ? "" : syntax.getTemplateName()),
                    syntax.getLineNumber(), "template syntax error: " + firstLines(syntax.getEditorMessage()));
        }
        if (cause instanceof TemplateException te && te.getTemplateSourceName() != null) {
            TemplateNotFoundException missing = causeOf(te, TemplateNotFoundException.class);
            String what = missing == null ? firstLines(te.getMessageWithoutStackTop())
                    : "it names templates/" + missing.getTemplateName() + ", which does not exist: correct the name, or put the file there";
            return new Problem(Path.of("templates").resolve(te.getTemplateSourceName()), Optional.ofNullable(te.getLineNumber()).orElse(0),
                    "template error: " + what + " (rendering " + page.outputPath() + ")");
        }
        return new Problem(Path.of("templates"), 0, "cannot render " + page.outputPath() + ": " + (cause == null ? e.getMessage() : cause.toString()));
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLines(String message) {
        StringBuilder s = new StringBuilder();
        for (String line : message.split("\n")) {
            if (line.startsWith("----") || line.startsWith("Tip:") || line.startsWith("FTL stack")) {
                break;
            }
            s.append(line.strip()).append(' ');
        }
        return s.toString().replaceAll("\\s*\\[in template [^]]*]", "").replaceAll("\\s+", " ").strip();
    }

    /** Either the rendered text or the problem. */
    public record Rendered(String text, Problem problem) {
    }
}
