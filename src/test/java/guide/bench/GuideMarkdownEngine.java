package guide.bench;

import guide.content.Markdown;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces JBake's pegdown-profile Markdown engine (which cannot enable attributes) with the
 * guide's own flexmark configuration, and gives each document the guide's page model (as plain
 * maps and lists, which JBake's content store can keep) from {@link #MODELS}, filled before the bake.
 */
public final class GuideMarkdownEngine extends MarkupEngine {
    /** The page model values of each bake source file, by its absolute path. */
    static final Map<String, Map<String, Object>> MODELS = new ConcurrentHashMap<>();

    @Override
    public void processBody(ParserContext context) {
        context.setBody(Markdown.toHtml(context.getBody()));
        Map<String, Object> values = MODELS.get(context.getFile().getAbsoluteFile().toString());
        if (values != null) {
            context.getDocumentModel().putAll(values);
        }
    }

    static String key(File file) {
        return file.getAbsoluteFile().toString();
    }
}
