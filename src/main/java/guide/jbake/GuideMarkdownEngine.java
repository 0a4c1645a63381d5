package guide.jbake;

import guide.content.Markdown;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * Replaces JBake's pegdown-profile Markdown engine (which cannot enable attributes) with the
 * guide's own flexmark configuration.
 */
public final class GuideMarkdownEngine extends MarkupEngine {

    @Override
    public void processBody(ParserContext context) {
        context.setBody(Markdown.toHtml(context.getBody()));
    }
}
