package guide.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import guide.content.Markdown;
import guide.site.Problem;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.json.simple.JSONValue;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Renders pages with JBake's Freemarker template engine, the way JBake's own renderer does (the
 * same document model, header values shaped like {@code {...}} parsed as JSON), but without
 * JBake's content database: the guide computes what each page needs beforehand, so rendering is
 * a pure function of the page, safe to run on several threads.
 */
public final class TemplateRenderer {
    private final FreemarkerTemplateEngine engine;
    private final DefaultJBakeConfiguration config;
    private final Path projectDir;
    private final Map<String, Object> configModel;
    private final Map<String, ?> globals;

    /**
     * @param globals values every template sees by name besides {@code content} and {@code config}:
     *                the asset addresses ({@code assets}, see {@code asset()} in layout/base.ftl) and
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

    /** The page's text, or the template problem that stopped it. */
    public Rendered render(PageSpec page) {
        DocumentModel content = new DocumentModel();
        page.headers().forEach((key, value) -> content.put(key, value.startsWith("{") && value.endsWith("}") ? JSONValue.parse(value) : value));
        content.setBody(page.markdown() == null || page.markdown().isBlank() ? "" : Markdown.toHtml(page.markdown()));
        content.setUri(page.outputPath());
        content.setType(page.type());
        content.setStatus("published");
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setConfig(configModel);
        model.putAll(globals);
        StringWriter out = new StringWriter(32 * 1024);
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

    /** A template fault as {@code templates/post.ftl:12: template error: ...}. */
    private Problem problem(RenderingException e, PageSpec page) {
        Throwable cause = e.getCause();
        if (cause instanceof TemplateException te && te.getTemplateSourceName() != null) {
            return new Problem(Path.of("templates").resolve(te.getTemplateSourceName()), Optional.ofNullable(te.getLineNumber()).orElse(0),
                    "template error: " + firstLines(te.getMessageWithoutStackTop()) + " (rendering " + page.outputPath() + ")");
        }
        if (cause instanceof ParseException pe) {
            return new Problem(Path.of("templates").resolve(pe.getTemplateName() == null ? "" : pe.getTemplateName()), pe.getLineNumber(),
                    "template syntax error: " + firstLines(pe.getEditorMessage()));
        }
        return new Problem(Path.of("templates"), 0, "cannot render " + page.outputPath() + ": " + (cause == null ? e.getMessage() : cause.toString()));
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
