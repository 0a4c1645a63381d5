package guide.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What must be true of the preview once an edited article is served: the article shows its current
 * title, the pages that list it (the language's home page, the archive page) show the current title
 * and not the previous one after a title edit, and the English translation says its Polish source
 * changed (links to it as the original). Reads the pages over HTTP, as a browser would.
 */
final class PreviewChecks {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final CorpusGenerator.Article article;
    private final List<String> listings;

    private PreviewChecks(String base, CorpusGenerator.Article article, List<String> listings) {
        this.base = base;
        this.article = article;
        this.listings = listings;
    }

    /** The checks of {@code article} on the server at {@code base}, with the pages that list it now. */
    static PreviewChecks of(String base, CorpusGenerator.Article article) throws InterruptedException {
        PreviewChecks probe = new PreviewChecks(base, article, List.of());
        return new PreviewChecks(base, article, probe.listingsOf());
    }

    /** The home page, if it lists the article, and the archive page that does. */
    private List<String> listingsOf() throws InterruptedException {
        List<String> found = new ArrayList<>();
        String link = "href=\"" + article.plUrl() + "\"";
        if (get("/pl/").orElse("").contains(link)) {
            found.add("/pl/");
        }
        for (int k = 1; k < 10_000; k++) {
            String url = k == 1 ? "/pl/artykuly/" : "/pl/artykuly/" + k + "/";
            Optional<String> page = get(url);
            if (page.isEmpty()) {
                break;
            }
            if (page.get().contains(link)) {
                found.add(url);
                break;
            }
        }
        return found;
    }

    /** The pages that list the article: its paths. */
    List<String> listings() {
        return listings;
    }

    /** The article's page, or empty while it is not served. */
    Optional<String> article() throws InterruptedException {
        return get(article.plUrl());
    }

    /** What is not yet as it must be, on the pages served now; empty when everything agrees. */
    List<String> problems(String title, String oldTitle) throws InterruptedException {
        String page = get(article.plUrl()).orElse("");
        Map<String, String> listed = new LinkedHashMap<>();
        for (String listing : listings) {
            listed.put(listing, get(listing).orElse(""));
        }
        return problems(article, page, listed, get(article.enUrl()).orElse(""), title, oldTitle);
    }

    /**
     * What is not as it must be on these pages.
     *
     * @param listed   the pages that list the article, by path
     * @param oldTitle the title before this edit, or null when the edit kept it
     */
    static List<String> problems(CorpusGenerator.Article article, String page, Map<String, String> listed, String translation,
                                 String title, String oldTitle) {
        List<String> problems = new ArrayList<>();
        if (!asTyped(page).contains(title)) {
            problems.add("article lacks its new title");
        }
        listed.forEach((listing, html) -> {
            String list = asTyped(html);
            if (!list.contains(title)) {
                problems.add(listing + " lacks the current title");
            }
            if (oldTitle != null && list.contains(oldTitle + "<")) {
                problems.add(listing + " still lists the old title");
            }
        });
        if (!translation.contains("translation-notice") || !translation.contains("href=\"" + article.plUrl() + "\"")) {
            problems.add("translation lacks the 'source changed' note");
        }
        return problems;
    }

    /**
     * The page with no-break spaces as plain ones, as the editor typed the title: Polish typography binds
     * one-letter words to the next with a no-break space ("i&amp;nbsp;jak"), in the article's heading as in
     * the lists.
     */
    private static String asTyped(String html) {
        return html.replace("&nbsp;", " ").replace('\u00a0', ' ');
    }

    private Optional<String> get(String path) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
