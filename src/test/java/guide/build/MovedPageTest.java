package guide.build;

import guide.publish.HostFiles;
import guide.site.AuthorLinks;
import guide.site.CliBuild;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page renamed as the README tells editors ({@code content/en/about.md} moved to
 * {@code about-us.md}, with {@code aliases=/en/about/} in its header): its old address leads to
 * it in every form the build writes for hosts, and stays out of the sitemap and of the links the
 * build accepts.
 */
class MovedPageTest {
    @TempDir
    Path project;

    @BeforeEach
    void renameTheAboutPage() throws IOException {
        ProjectFixture.copyProject(project);
        Path content = project.resolve("content/en");
        Files.move(content.resolve("about.md"), content.resolve("about-us.md"));
        ProjectFiles.save(project, "content/en/about-us.md", s -> s.replaceFirst("status=published\n", "status=published\naliases=/en/about/\n"));
        ProjectFiles.save(project, "templates/i18n/en.yaml", s -> s.replace("/en/about/", "/en/about-us/"));
    }

    /**
     * Cloudflare reads 2,000 static redirects from one {@code _redirects} and skips the rest; a renamed address takes five lines
     * (two forced ones for Netlify, which Cloudflare counts though it refuses them, and three plain ones), so 401 of them pass it.
     */
    @Test
    void oldAddressesPastCloudflaresLimitAreAWarningThatSaysWhatToDo() throws Exception {
        StringBuilder aliases = new StringBuilder("/en/about/");
        for (int i = 1; i <= 400; i++) {
            aliases.append(", /en/old-about-").append(i).append('/');
        }
        ProjectFiles.save(project, "content/en/about-us.md", s -> s.replace("aliases=/en/about/\n", "aliases=" + aliases + "\n"));
        BuildReport report = new SiteBuilder(project).build(project.resolve("target/site"));
        String said = String.join("\n", report.warnings());
        // as README.md quotes it ("Headers, caching and host configuration")
        assertEquals(List.of("target/site/_redirects: warning: 2,005 static redirects (401 renamed pages' old addresses, 5 lines each), "
                + "over the 2,000 Cloudflare (Pages, Workers) reads from one _redirects: it skips the lines past the 2,000th, and the old "
                + "addresses they hold answer with their forwarding page instead of a 301 there; remove from aliases= the old addresses "
                + "nobody follows any more, or put the rest in Cloudflare's Bulk Redirects "
                + "(https://developers.cloudflare.com/rules/url-forwarding/bulk-redirects/). Netlify and nginx have no such limit."),
                report.warnings().stream().filter(w -> w.contains("_redirects") || w.contains("_headers")).toList(), said);
    }

    @Test
    void oneOldAddressIsNoWarning() throws Exception {
        BuildReport report = new SiteBuilder(project).build(project.resolve("target/site"));
        assertFalse(String.join("\n", report.warnings()).contains("_redirects: warning"), report.warnings().toString());
    }

    @Test
    void theOldAddressLeadsToThePageInEveryHostsForm() throws IOException {
        CliBuild build = CliBuild.run(project);
        assertEquals(0, build.exitCode(), build.err());
        Path site = project.resolve("target/site");
        String redirects = Files.readString(site.resolve("_redirects"));
        assertTrue(redirects.contains("/en/about/  /en/about-us/  301!\n/en/about/index.html  /en/about-us/  301!\n/en/about  /en/about-us/  301\n"
                + "/en/about/  /en/about-us/  301\n/en/about/index.html  /en/about-us/  301\n"), "Netlify, Cloudflare Pages:\n" + redirects);
        assertTrue(redirects.indexOf("301!") < redirects.indexOf("/en/*"), "before the not-found rule of its folder");
        String nginx = Files.readString(HostFiles.nginxFile(site));
        for (String from : new String[]{"/en/about", "/en/about/", "/en/about/index.html"}) {
            assertTrue(nginx.contains("location = " + from + " {\n    return 301 /en/about-us/;\n"), from + " in nginx:\n" + nginx);
        }
        String forwarding = Files.readString(site.resolve("en/about/index.html"));
        assertTrue(forwarding.contains("<meta http-equiv=\"refresh\" content=\"0; url=/en/about-us/\">"), "object storage, GitHub Pages:\n" + forwarding);
        assertTrue(forwarding.contains("<link rel=\"canonical\" href=\"https://guide.test/en/about-us/\">"), forwarding);
        assertFalse(forwarding.contains("noindex"), "a redirect and a canonical link, which a noindex would contradict:\n" + forwarding);
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("/en/about-us/</loc>"), sitemap);
        assertFalse(sitemap.contains("/en/about/<"), "the old address is no page of the site:\n" + sitemap);
    }

    /**
     * A link to the old address shared in a chat (on a host that reads no redirect rules, so the forwarding page is what
     * the chat app fetches) previews as the page does: the same Open Graph and X tags, the new address as og:url.
     */
    @Test
    void theOldAddressPreviewsAsThePage() throws IOException {
        CliBuild build = CliBuild.run(project);
        assertEquals(0, build.exitCode(), build.err());
        Path site = project.resolve("target/site");
        Map<String, String> page = previewTags(Jsoup.parse(Files.readString(site.resolve("en/about-us/index.html"))));
        assertTrue(page.keySet().containsAll(List.of("og:title", "og:description", "og:url", "og:image", "og:image:alt", "twitter:card")), page.toString());
        assertEquals(page, previewTags(Jsoup.parse(Files.readString(site.resolve("en/about/index.html")))));
    }

    private static Map<String, String> previewTags(Document doc) {
        Map<String, String> tags = new TreeMap<>();
        doc.select("meta[property^=og:], meta[name^=twitter:]").forEach(m -> tags.put(m.hasAttr("property") ? m.attr("property") : m.attr("name"),
                m.attr("content")));
        return tags;
    }

    /** The editors ({@code url: about} in authors.yaml) follow aboutUrl: their name links to the page under its new address. */
    @Test
    void theEditorsNameLinksToTheAboutPagesNewAddress() throws IOException {
        CliBuild build = CliBuild.run(project);
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(new AuthorLinks("/en/about-us/", "https://guide.test/en/about-us/"),
                AuthorLinks.of(project.resolve("target/site/en/pricing-a-project/index.html")));
    }

    @Test
    void aLinkToTheOldAddressIsStillABrokenLink() throws IOException {
        ProjectFiles.save(project, "content/en/pricing-a-project.md", s -> s + "\nSee [about](/en/about/).\n");
        CliBuild build = CliBuild.run(project);
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(build.err().contains("content/en/pricing-a-project.md:") && build.err().contains("broken link (no such page or file): /en/about/"),
                build.err());
    }

    @Test
    void anOldAddressThatIsNotFreeStopsTheBuildAtItsLine() throws IOException {
        ProjectFiles.save(project, "content/en/about-us.md", s -> s.replace("aliases=/en/about/", "aliases=/en/about/, /pl/o-przewodniku/, /en/about-us/"));
        ProjectFiles.save(project, "content/en/pricing-a-project.md", s -> s.replaceFirst("status=published\n", "status=published\naliases=/en/about/\n"));
        CliBuild build = CliBuild.run(project);
        assertEquals(1, build.exitCode(), build.err());
        int line = ProjectFiles.lineOf(project, "content/en/about-us.md", "aliases=");
        assertTrue(build.err().contains("content/en/about-us.md:" + line + ": aliases: '/pl/o-przewodniku/' is not an address of a page of this"
                + " language: write the old address as a path, like /en/old-name/ (without https:// or the domain;"), build.err());
        assertTrue(build.err().contains("content/en/about-us.md:" + line + ": aliases: /en/about-us/ is this page's own address"), build.err());
        assertTrue(build.err().contains(": aliases: /en/about/ is also an earlier address of content/en/"), build.err());
    }

    /** Host files are not counted among the files rendered; a build that changed only them must not call the site up to date. */
    @Test
    void aBuildThatChangesOnlyTheRedirectsSaysSo() throws Exception {
        Path site = project.resolve("target/site");
        ProjectFiles.save(project, "content/en/about-us.md", s -> s.replace("aliases=/en/about/\n", ""));
        new SiteBuilder(project).build(site);
        ProjectFiles.save(project, "content/en/about-us.md", s -> s.replaceFirst("status=published\n", "status=published\naliases=/en/about/\n"));
        String summary = new SiteBuilder(project).build(site).summary(project);
        assertTrue(summary.contains(" files as the last build left them; host files changed: _redirects, en/about/index.html)"), summary);
        assertFalse(summary.contains("already up to date"), summary);
        assertTrue(new SiteBuilder(project).build(site).summary(project).contains("(nothing has changed since the last build)"));
    }

    /** Taking an old address out of aliases= removes its forwarding page: the summary names it, not _redirects alone. */
    @Test
    void aBuildThatRemovesAForwardingPageSaysSo() throws Exception {
        Path site = project.resolve("target/site");
        new SiteBuilder(project).build(site);
        assertTrue(Files.isRegularFile(site.resolve("en/about/index.html")));
        ProjectFiles.save(project, "content/en/about-us.md", s -> s.replace("aliases=/en/about/\n", ""));
        String summary = new SiteBuilder(project).build(site).summary(project);
        assertTrue(summary.contains(" files as the last build left them; host files changed: _redirects, en/about/index.html (removed))"), summary);
        assertFalse(Files.exists(site.resolve("en/about/index.html")));
    }
}
