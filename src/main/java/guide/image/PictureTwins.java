package guide.image;

import com.ibm.icu.util.ULocale;
import guide.site.LanguageVariants;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which language a picture's words are in, and the same picture in another language. A drawing with words has one
 * file per language in {@code content/images/} ({@code exit-steps-pl.svg}, {@code exit-steps-en.svg}); a translation
 * that keeps its source's file shows its readers the source language's words, though its alt text is translated. A
 * picture's language is the {@code lang} (or {@code xml:lang}) its SVG root declares (as the content check's XML parse
 * reads the file, so a {@code lang} in a comment is none), else the configured language
 * whose code ends its name after a hyphen ({@code -pl.png}); a name without one ({@code chart.png}) is the same in every
 * language. Its twin in language X is the file with X's code there instead (or added, for an SVG whose name has
 * none), with the same extension; only a twin that exists is offered, so a picture drawn in one language only is
 * left alone. The languages are the site's, as data: no code is named here.
 */
public final class PictureTwins {
    private final Path imagesDir;
    private final List<String> languages;
    private final Map<Path, Optional<String>> declared = new ConcurrentHashMap<>();

    /**
     * @param imagesDir the folder {@code /images/} addresses come from ({@code content/images})
     * @param languages the site's language codes ({@code site.languages})
     */
    public PictureTwins(Path imagesDir, List<String> languages) {
        this.imagesDir = imagesDir;
        this.languages = List.copyOf(languages);
    }

    /**
     * A picture in another language than its page's, and the one to show instead.
     *
     * @param language the picture's language code ({@code pl})
     * @param declared true when its SVG root says so ({@code lang="pl"}), false when its name does ({@code -pl.svg})
     * @param twin     the address of the same picture in the page's language ({@code /images/exit-steps-en.svg})
     */
    public record Mismatch(String language, boolean declared, String twin) {
    }

    /** For the image at {@code address} ({@code /images/…}) on a page in {@code pageLang}: the twin to show, if one exists. */
    public Optional<Mismatch> of(String address, String pageLang) {
        return otherLanguage(address, pageLang).filter(m -> Files.isRegularFile(imagesDir.resolve(m.file())))
                .map(m -> new Mismatch(m.language(), m.declared(), m.twin()));
    }

    /**
     * For the drawing at {@code address} on a page in {@code pageLang} whose SVG root declares another language: the address its
     * version in the page's language would have ({@code /images/exit-steps-en.svg}, named as {@link #of} names a twin), when no
     * such file exists. A picture whose language only its name tells is left to its editor: such a name may be a word. So is one
     * in a regional variant of the page's language (an English drawing on a page in en-GB or en-US): its readers read its words.
     */
    public Optional<Mismatch> missing(String address, String pageLang) {
        return otherLanguage(address, pageLang).filter(m -> m.declared() && !LanguageVariants.areVariants(m.language(), pageLang)
                        && !Files.isRegularFile(imagesDir.resolve(m.file())))
                .map(m -> new Mismatch(m.language(), true, m.twin()));
    }

    /** A picture in another language than its page's, and where its version in the page's language is or would be. */
    private record Other(String language, boolean declared, String file, String twin) {
    }

    private Optional<Other> otherLanguage(String address, String pageLang) {
        if (!address.startsWith(ImageAddresses.PREFIX)) {
            return Optional.empty();
        }
        String path = address.replaceFirst("[?#].*$", "");
        String rest = address.substring(path.length());
        String relative = decoded(path.substring(ImageAddresses.PREFIX.length()));
        if (relative == null || relative.isEmpty() || relative.contains("..")) {
            return Optional.empty();
        }
        int dot = relative.lastIndexOf('.');
        int slash = relative.lastIndexOf('/');
        if (dot <= slash + 1) {
            return Optional.empty();
        }
        String stem = relative.substring(0, dot);
        String extension = relative.substring(dot);
        Optional<String> named = languages.stream().filter(code -> stem.toLowerCase(Locale.ROOT).endsWith("-" + code.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (named.filter(pageLang::equalsIgnoreCase).isPresent()) {
            return Optional.empty(); // the page's own version: its twin would be itself
        }
        Optional<String> said = extension.equalsIgnoreCase(".svg") ? declaredLanguage(imagesDir.resolve(relative)) : Optional.empty();
        // The root says the language only ("en" of lang="en-GB"): a name that gives its region too says more.
        String language = said.filter(code -> named.map(n -> !ULocale.forLanguageTag(n).getLanguage().equals(code)).orElse(true))
                .orElse(named.orElse(null));
        if (language == null || language.equalsIgnoreCase(pageLang)) {
            return Optional.empty();
        }
        // A drawing named for a language the site does not list (exit-steps-en.svg on a site of en-GB and en-US) loses it too.
        String suffix = named.orElse(said.filter(code -> stem.toLowerCase(Locale.ROOT).endsWith("-" + code)).orElse(null));
        String base = suffix == null ? stem : stem.substring(0, stem.length() - suffix.length() - 1);
        String twin = base + "-" + pageLang + extension;
        String written = ImageAddresses.PREFIX + twin.replace("%", "%25").replace(" ", "%20");
        return Optional.of(new Other(language, said.isPresent(), twin, written + rest));
    }

    /** The language the SVG's root declares, read by the parse that checks the file ({@link SvgDrawing#rootLanguage}). */
    private Optional<String> declaredLanguage(Path svg) {
        return declared.computeIfAbsent(svg, file -> {
            try {
                return SvgDrawing.rootLanguage(Files.readAllBytes(file));
            } catch (IOException e) {
                return Optional.empty(); // a missing or unreadable image is the link check's to report
            }
        });
    }

    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
