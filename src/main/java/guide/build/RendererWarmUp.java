package guide.build;

import guide.content.Markdown;
import guide.html.HtmlPasses;
import guide.image.CardRenderer;
import guide.publish.FingerprintedAssets;
import guide.publish.SecurityHeaders;
import guide.render.TemplateRenderer;
import guide.site.SiteConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sets up the template engine on a thread of its own while content is read and checked: in a fresh
 * JVM, loading and first use of JBake's Freemarker engine, flexmark and jsoup take about half a
 * second, which the other core can spend while this one scans. So do the fonts and Java2D of the
 * social cards.
 */
final class RendererWarmUp {
    private final CompletableFuture<TemplateRenderer> ready = new CompletableFuture<>();

    private RendererWarmUp() {
    }

    /** @param assets the content-hashed names of the CSS and scripts, which templates link through {@code asset.url()} */
    static RendererWarmUp start(Path projectDir, SiteConfig config, FingerprintedAssets assets) {
        RendererWarmUp warmUp = new RendererWarmUp();
        Thread thread = new Thread(() -> {
            try {
                TemplateRenderer renderer = new TemplateRenderer(projectDir, config.templateDir(), TemplateRenderer.TEMPLATES,
                        Map.of("assets", assets.urls(), "contentSecurityPolicy", SecurityHeaders.PAGE_POLICY));
                Markdown.toHtml("## Warm-up {#warm-up}\n\n- [x] *a* [b](/c/)\n\n| d |\n|---|\n| e |\n");
                HtmlPasses.warmUp();
                warmUp.ready.complete(renderer);
                if (config.socialCards()) {
                    CardRenderer.warmUp(); // the cards are drawn after the pages: their fonts need not hold the pages up
                }
            } catch (Throwable e) {
                warmUp.ready.completeExceptionally(e);
            }
        }, "prepare-renderer");
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    /** True if setting up the renderer failed (a later build sets it up again). */
    boolean failed() {
        return ready.isCompletedExceptionally();
    }

    /** The renderer, once it is ready; its set-up's failure as it was thrown. */
    TemplateRenderer await() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
