package guide.check;

import guide.site.NearNames;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * For an image the site does not have, the image of the same folder it most likely meant: a typo in the name,
 * or the other language's file ({@code steps-pl.svg} on an English page, {@code steps.svg} for {@code steps-en.svg}).
 * An editor who has the file and mistyped its name is then told the name, not to put a file there. A JPEG or PNG is
 * published only as resized copies ({@code photo-800w.jpg}), so it is offered by its own address, which is what
 * the editor writes. Only names a few letters away are offered ({@link NearNames#typoOf}: at most 3, and a third of the
 * name); among equally near ones, the one named for the page's language ({@code -en.}) first: an English page more likely
 * meant the English picture, whatever the alphabet says.
 */
final class NearImage {
    private static final Pattern IMAGE = Pattern.compile("(?i).+\\.(avif|gif|jpe?g|png|svg|webp)$");
    private static final Pattern COPY = Pattern.compile("-\\d+w(\\.[A-Za-z]+)$");

    private NearImage() {
    }

    /**
     * The address nearest to the root-relative {@code path} ({@code /images/steps.svg}) of an image published in the
     * same folder, from {@code page} ({@code en/a/index.html}); {@code copyOf} confirms a JPEG or PNG's own address.
     */
    static Optional<String> of(BuiltSite site, String page, String path, Function<String, Optional<String>> copyOf) {
        int slash = path.lastIndexOf('/');
        if (!path.startsWith("/") || slash < 0 || slash == path.length() - 1) {
            return Optional.empty();
        }
        String folder = path.substring(1, slash + 1);
        String name = path.substring(slash + 1);
        String ownLanguage = "-" + page.substring(0, Math.max(0, page.indexOf('/'))) + ".";
        List<String> names = site.files().stream()
                .filter(file -> file.startsWith(folder) && file.indexOf('/', folder.length()) < 0 && IMAGE.matcher(file).matches())
                .map(file -> original(file, copyOf).substring(folder.length()))
                .filter(other -> !other.equals(name))
                .distinct()
                .toList();
        return NearNames.typoOf(name, names, Comparator.comparing(other -> !other.contains(ownLanguage))).map(other -> "/" + folder + other);
    }

    /** The file's own name: for a resized copy whose original {@code copyOf} knows, the original's. */
    private static String original(String file, Function<String, Optional<String>> copyOf) {
        String own = COPY.matcher(file).replaceFirst("$1");
        if (own.equals(file)) {
            return file;
        }
        for (String extension : new String[] {own.substring(own.lastIndexOf('.')), ".jpeg", ".JPG", ".jpg", ".PNG", ".png"}) {
            String candidate = own.substring(0, own.lastIndexOf('.')) + extension;
            if (copyOf.apply("/" + candidate).isPresent()) {
                return candidate;
            }
        }
        return file;
    }
}
