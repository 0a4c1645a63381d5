package guide.html;

import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Path;

/** Runs the Jsoup passes over every baked page, in place, and writes the search indexes. */
public final class HtmlPasses {
    private final LinkAttributes links;

    public HtmlPasses(AffiliateLinks affiliates, String siteUrl) {
        this.links = new LinkAttributes(affiliates, siteUrl);
    }

    public void run(Path siteRoot) throws IOException {
        SearchIndex search = new SearchIndex();
        for (Path page : HtmlFiles.list(siteRoot)) {
            Path file = siteRoot.resolve(page);
            Document doc = HtmlFiles.read(file);
            HeadingAnchors.apply(doc);
            TableOfContents.apply(doc);
            links.apply(doc);
            search.add(doc);
            HtmlFiles.write(doc, file);
        }
        search.write(siteRoot);
    }
}
