package guide.publish;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache rules and the host files written from them. */
class HostConfigTest {
    private static HostSite site(boolean https) {
        Map<String, String> notFound = new LinkedHashMap<>();
        notFound.put("pl", "pl/404.html");
        notFound.put("en", "en/404.html");
        return new HostSite(new TreeSet<>(Set.of("index.html", "404.html", "favicon.svg", "css/site.0123abcd.css", "pl/index.html",
                "pl/404.html", "pl/a/index.html", "en/index.html", "en/404.html", "media/logo.png", "media/app.89abcdef.js")),
                Set.of("css/site.0123abcd.css", "media/app.89abcdef.js"), notFound, "pl", https);
    }

    @Test
    void uniformFoldersGetOneRuleAndMixedOnesARulePerFile() {
        List<String> rules = CacheRules.of(site(true)).stream()
                .map(r -> (r.folder() ? r.path() + "*" : r.path()) + " " + r.policy()).toList();
        assertEquals(List.of("/404.html REVALIDATE", "/favicon.svg REVALIDATE", "/ REVALIDATE", "/index.html REVALIDATE",
                "/css/* IMMUTABLE", "/en/* REVALIDATE", "/media/app.89abcdef.js IMMUTABLE", "/media/logo.png REVALIDATE",
                "/pl/* REVALIDATE"), rules);
    }

    @Test
    void hstsOnlyForAnHttpsSite() {
        assertTrue(HeadersFile.text(site(true)).contains("  Strict-Transport-Security: max-age=31536000\n"));
        assertFalse(HeadersFile.text(site(false)).contains("Strict-Transport-Security"));
        assertFalse(NginxConfig.text(site(false)).contains("Strict-Transport-Security"));
    }

    /**
     * Cloudflare adds a rule's headers to a "not found" answer too (its asset server's handler sets them on
     * every response), so a folder rule would have a missing fingerprinted file's 404 kept a year.
     */
    @Test
    void headersNameEachFingerprintedFileSoThatAMissingOneIsNotKeptAYear() {
        String headers = HeadersFile.text(site(true));
        List<String> immutable = headers.lines().toList();
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < immutable.size(); i++) {
            if (immutable.get(i).equals("  Cache-Control: " + CachePolicy.IMMUTABLE.header())) {
                paths.add(immutable.get(i - 1));
            }
        }
        assertEquals(List.of("/css/site.0123abcd.css", "/media/app.89abcdef.js"), paths, headers);
    }

    @Test
    void redirectsSendEachLanguagesUnknownAddressesToItsNotFoundPage() {
        assertTrue(RedirectsFile.text(site(true)).endsWith("/pl/*  /pl/404.html  404\n/en/*  /en/404.html  404\n"));
    }

    /**
     * Cloudflare looks a static redirect up by the request's exact path, before its own trailing-slash redirect (a 307 from
     * {@code /en/about} to {@code /en/about/}), and takes only statuses 200, 301, 302, 303, 307 and 308; the first valid
     * line for a path wins. Each form a reader may have of an old address must be one hop to the new one.
     */
    @Test
    void cloudflareSendsEveryFormOfAnOldAddressInOneHop() {
        HostSite base = site(true);
        HostSite site = new HostSite(base.files(), base.immutable(), base.notFoundPages(), "pl", true,
                List.of(new MovedPage("/en/about/", "/en/about-us/", "en", "About", "https://example.org/en/about-us/", null)));
        Map<String, String> cloudflare = new LinkedHashMap<>();
        for (String line : RedirectsFile.text(site).lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] t = line.trim().split("\\s+");
            if (t.length == 3 && Set.of("200", "301", "302", "303", "307", "308").contains(t[2]) && !t[0].contains("*")) {
                cloudflare.putIfAbsent(t[0], t[1] + " " + t[2]);
            }
        }
        for (String form : List.of("/en/about", "/en/about/", "/en/about/index.html")) {
            assertEquals("/en/about-us/ 301", cloudflare.get(form), form + "\n" + RedirectsFile.text(site));
        }
        assertEquals(3, cloudflare.size(), "three valid rules for one old address: " + cloudflare);
    }

    /**
     * A later build tells which forwarding pages an earlier one left from that build's {@code _redirects}: the old
     * addresses of renamed pages, each page once (its lines for Netlify and Cloudflare alike), and nothing of the
     * not-found rules or comments.
     */
    @Test
    void theRedirectsWrittenNameTheForwardingPagesOfTheRenamedPagesOnly() {
        HostSite base = site(true);
        HostSite site = new HostSite(base.files(), base.immutable(), base.notFoundPages(), "pl", true,
                List.of(new MovedPage("/en/about/", "/en/about-us/", "en", "About", "https://example.org/en/about-us/", null),
                        new MovedPage("/pl/o/", "/pl/o-nas/", "pl", "O nas", "https://example.org/pl/o-nas/", null)));
        assertEquals(List.of("en/about/index.html", "pl/o/index.html"), List.copyOf(RedirectsFile.forwardingPages(RedirectsFile.text(site))));
        assertEquals(Set.of(), RedirectsFile.forwardingPages(RedirectsFile.text(base)), "no renamed page: only not-found rules");
    }

    /**
     * Netlify takes the first rule whose path matches, with or without a trailing slash, and applies a rule that is not forced
     * ({@code 301!}) only where no file answers the address ("shadowing": Netlify's announcement
     * https://answers.netlify.com/t/changed-behavior-in-redirects/10084, and its engine, {@code netlify-redirector} 0.5.0 in
     * {@code @netlify/redirects} 3.1.15, which matched {@code /en/about/index.html} to the plain line and served the file).
     * The forwarding page is a file at {@code /en/about/} and {@code /en/about/index.html}: each form must meet a forced line first.
     */
    @Test
    void netlifySendsEveryFormOfAnOldAddressThoughTheForwardingPageIsAFile() {
        HostSite base = site(true);
        TreeSet<String> files = new TreeSet<>(base.files());
        files.add("en/about/index.html");
        HostSite site = new HostSite(files, base.immutable(), base.notFoundPages(), "pl", true,
                List.of(new MovedPage("/en/about/", "/en/about-us/", "en", "About", "https://example.org/en/about-us/", null)));
        List<String[]> rules = RedirectsFile.text(site).lines().filter(l -> !l.startsWith("#")).map(l -> l.trim().split("\\s+")).toList();
        for (String form : List.of("/en/about", "/en/about/", "/en/about/index.html")) {
            String[] first = rules.stream().filter(r -> r[0].replaceFirst("/$", "").equals(form.replaceFirst("/$", ""))).findFirst().orElseThrow();
            String file = form.endsWith(".html") ? form.substring(1) : form.replaceFirst("/?$", "/index.html").substring(1);
            boolean answered = first[2].endsWith("!") || !files.contains(file);
            assertEquals("/en/about-us/ 301 redirect", first[1] + " " + first[2].replace("!", "") + (answered ? " redirect" : " forwarding page"),
                    form + "\n" + RedirectsFile.text(site));
        }
    }

    /** Cloudflare reads 100 header rules from one {@code _headers}; each published style sheet and script is a rule of its own. */
    @Test
    void headerRulesPastCloudflaresHundredAreAWarning() {
        for (int scripts : new int[]{95, 96}) {
            TreeSet<String> files = new TreeSet<>(Set.of("index.html", "pl/index.html", "css/site.0123abcd.css"));
            Set<String> immutable = new TreeSet<>(Set.of("css/site.0123abcd.css"));
            for (int i = 0; i < scripts; i++) {
                String script = String.format("js/s%03d.%08x.js", i, i);
                files.add(script);
                immutable.add(script);
            }
            HostSite site = new HostSite(files, immutable, Map.of(), "pl", true);
            // "/*", "/", "/index.html", "/pl/*", the style sheet and the scripts
            int rules = 4 + 1 + scripts;
            List<String> said = CloudflareLimits.passed(HeadersFile.text(site), RedirectsFile.text(site), 0);
            if (rules <= CloudflareLimits.HEADER_RULES) {
                assertEquals(List.of(), said, HeadersFile.text(site));
            } else {
                assertEquals(1, said.size(), said.toString());
                assertTrue(said.get(0).startsWith("_headers: warning: 101 header rules (one for each published style sheet and script, "), said.get(0));
                assertTrue(said.get(0).contains("over the 100 Cloudflare (Pages, Workers) reads from one _headers"), said.get(0));
            }
        }
    }

    /** Five static redirects for each renamed address: 400 fill Cloudflare's 2,000, and the 401st passes them. */
    @Test
    void renamedAddressesPastCloudflaresStaticRedirectsAreAWarning() {
        for (int renamed : new int[]{400, 401}) {
            List<MovedPage> moved = new ArrayList<>();
            for (int i = 0; i < renamed; i++) {
                moved.add(new MovedPage("/en/old-" + i + "/", "/en/about-us/", "en", "About", "https://example.org/en/about-us/", null));
            }
            HostSite base = site(true);
            HostSite site = new HostSite(base.files(), base.immutable(), base.notFoundPages(), "pl", true, moved);
            List<String> said = CloudflareLimits.passed(HeadersFile.text(site), RedirectsFile.text(site), renamed);
            assertEquals(renamed == 400 ? 0 : 1, said.size(), said.toString());
            if (renamed == 401) {
                assertTrue(said.get(0).startsWith("_redirects: warning: 2,005 static redirects (401 renamed pages' old addresses, 5 lines each)"),
                        said.get(0));
            }
        }
    }

    /** A not-found rule for each language is a dynamic redirect: Cloudflare reads 100 and stops reading the file at the 101st. */
    @Test
    void languagesPastCloudflaresDynamicRedirectsAreAWarning() {
        for (int languages : new int[]{100, 101}) {
            Map<String, String> notFound = new LinkedHashMap<>();
            for (int i = 0; i < languages; i++) {
                notFound.put("l" + i, "l" + i + "/404.html");
            }
            HostSite site = new HostSite(site(true).files(), site(true).immutable(), notFound, "l0", true);
            List<String> said = CloudflareLimits.passed(HeadersFile.text(site), RedirectsFile.text(site), 0);
            assertEquals(languages == 100 ? List.of() : List.of("_redirects: warning: 101 dynamic redirects (a not-found rule for each language), "
                    + "over the 100 Cloudflare (Pages, Workers) reads from one _redirects: it stops reading the file there, which costs nothing "
                    + "today (it refuses these 404 lines anyway and serves the nearest 404.html itself), but a rule written after them would be "
                    + "lost. Netlify and nginx have no such limit."), said);
        }
    }

    /** Counted as Cloudflare's {@code parseRedirects.ts} counts: refused lines too, and every line after the first dynamic one as dynamic. */
    @Test
    void redirectsAreCountedAsCloudflareCountsThem() {
        String redirects = "# comment\n/a/  /b/  301!\n/a  /b/  301\n\n/c/:slug  /d/  301\n/e/  /f/  301\n/pl/*  /pl/404.html  404\n";
        assertEquals(new CloudflareLimits.RedirectCount(2, 3), CloudflareLimits.countRedirects(redirects));
    }

    @Test
    void nginxRepeatsTheSecurityHeadersInEveryLocation() {
        String nginx = NginxConfig.text(site(true));
        long locations = nginx.lines().filter(l -> l.startsWith("location")).count();
        long csp = nginx.lines().filter(l -> l.contains("add_header Content-Security-Policy \"" + SecurityHeaders.HEADER_POLICY + "\" always;")).count();
        assertEquals(locations, csp, nginx);
        assertTrue(nginx.contains("location ^~ /en/ {\n    error_page 404 /en/404.html;\n"), nginx);
        assertTrue(nginx.contains("location ^~ /css/ {\n    error_page 404 /404.html;\n    types { text/css css; }\n"), nginx);
        assertTrue(nginx.contains("location = /media/app.89abcdef.js {\n    error_page 404 /404.html;\n    types { text/javascript js; }\n    add_header Cache-Control \"public, max-age=31536000, immutable\";"), nginx);
    }
}
