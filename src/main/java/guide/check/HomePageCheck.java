package guide.check;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every language of {@code site.languages} needs a published home page ({@code type=home}): the
 * root page, the language switch and every page's header link to {@code /<lang>/}. Without this
 * check, a newly added language fails with a broken link on every page instead of one line that
 * says what to add. A home page that is there but could not be read (a mistyped date, say) already
 * has its own problem at its line; telling the editor to add it would send them to create a file
 * that exists, so such a language is not named.
 */
public final class HomePageCheck {
    private static final Pattern HOME_TYPE = Pattern.compile("(?m)^\\s*type\\s*=\\s*home\\s*$");

    public void check(Path projectDir, SiteConfig config, List<ContentDocument> documents, List<Problem> problems) {
        for (String lang : config.languages()) {
            boolean hasHome = documents.stream().anyMatch(d -> !d.draft() && d.lang().equals(lang) && d.type() == DocumentType.HOME);
            Path folder = projectDir.relativize(config.contentDir().resolve(lang));
            if (!hasHome && !unreadHomePage(projectDir, folder, problems)) {
                problems.add(new Problem(folder, 0, "no home page for '" + lang + "' (in site.languages): add " + folder.resolve("index.md")
                        + " with type=home and status=published (copy another language's index.md and translate it)"));
            }
        }
    }

    /** Whether a file of the folder that has a problem says {@code type=home}: the home page, not read because of that problem. */
    private static boolean unreadHomePage(Path projectDir, Path folder, List<Problem> problems) {
        return problems.stream().filter(p -> !p.isWarning() && p.file().startsWith(folder) && p.file().toString().endsWith(".md"))
                .map(Problem::file).distinct().anyMatch(file -> saysHome(projectDir.resolve(file)));
    }

    private static boolean saysHome(Path file) {
        try {
            // Read byte for byte: "type=home" is ASCII, and a file that is not UTF-8 is exactly one that could not be read.
            return HOME_TYPE.matcher(Files.readString(file, StandardCharsets.ISO_8859_1)).find();
        } catch (IOException e) {
            return false;
        }
    }
}
