package guide.publish;

import guide.site.BuildFailure;
import guide.site.FolderWalk;
import guide.site.Problem;
import guide.site.Utf8Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The asset folder as the site publishes it: style sheets and scripts under content-hashed names
 * ({@link AssetNames}), with the modules and style sheets they import renamed inside them too (a
 * module's hash covers the names of what it imports, so imported modules are named first); the
 * favicon (with the site's colours written in, {@link FaviconColours}), images and other files under their own names. Templates ask {@link #urls()} for an
 * asset's address; the build writes the files with {@link #writeTo}. A pure function of the
 * folder's bytes, so builds stay deterministic.
 */
public final class FingerprintedAssets {
    private final Path assetDir;
    private final Map<String, String> urls;
    private final Map<String, byte[]> rewritten;
    private final List<String> copied;
    /** Copied files whose published bytes differ from the folder's: the favicon with the site's colours ({@link FaviconColours}). */
    private final Map<String, byte[]> filled;

    private FingerprintedAssets(Path assetDir, Map<String, String> urls, Map<String, byte[]> rewritten, List<String> copied,
                                Map<String, byte[]> filled) {
        this.assetDir = assetDir;
        this.filled = filled;
        this.urls = Collections.unmodifiableMap(urls);
        this.rewritten = rewritten;
        this.copied = List.copyOf(copied);
    }

    /**
     * Reads the asset folder (absent: no assets).
     *
     * @param projectDir to name files in problems ({@code assets/js/quiz.js:3: ...})
     * @throws BuildFailure when a script imports a missing asset, or scripts import each other in a cycle
     */
    public static FingerprintedAssets read(Path projectDir, Path assetDir) throws BuildFailure, IOException {
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(assetDir)) {
            FolderWalk.sorted(assetDir, Files::isRegularFile).stream().map(f -> assetDir.relativize(f).toString().replace('\\', '/'))
                    .filter(PublicPaths::isPublic).sorted().forEach(files::add);
        }
        Map<String, String> texts = new TreeMap<>();
        Map<String, List<AssetReference>> references = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String file : files) {
            if (AssetNames.getsFingerprint(file)) {
                String text = text(projectDir, assetDir, file, problems);
                if (text == null) {
                    continue;
                }
                texts.put(file, text);
                List<AssetReference> refs = AssetReferences.in("/" + file, text);
                references.put(file, refs);
                for (AssetReference ref : refs) {
                    if (ref.target() != null && !files.contains(ref.target().substring(1))) {
                        problems.add(new Problem(shown(projectDir, assetDir, file), ref.line(),
                                ref.verb() + " " + ref.specifier() + ", which is not in " + shown(projectDir, assetDir, "") + ": fix the address"));
                    }
                }
            }
        }
        Map<String, byte[]> filled = favicon(projectDir, assetDir, files, problems);
        List<String> order = ImportOrder.of(references, path -> shown(projectDir, assetDir, path), problems);
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        Map<String, String> urls = new TreeMap<>();
        Map<String, byte[]> rewritten = new LinkedHashMap<>();
        for (String file : order) {
            byte[] bytes = rename(texts.get(file), references.get(file), urls, assetDir.resolve(file));
            String name = AssetNames.fingerprinted(file, bytes);
            rewritten.put(name, bytes);
            urls.put("/" + file, "/" + name);
        }
        List<String> copied = new ArrayList<>();
        for (String file : files) {
            if (!texts.containsKey(file)) {
                copied.add(file);
                urls.put("/" + file, "/" + file);
            }
        }
        return new FingerprintedAssets(assetDir, urls, rewritten, copied, filled);
    }

    /** The favicon with the site's colours in place of the custom properties it names, if it names any. */
    private static Map<String, byte[]> favicon(Path projectDir, Path assetDir, List<String> files, List<Problem> problems) throws IOException {
        if (!files.contains(FaviconColours.FILE)) {
            return Map.of();
        }
        String svg = text(projectDir, assetDir, FaviconColours.FILE, problems);
        if (svg == null || !svg.contains("var(")) {
            return Map.of();
        }
        Map<String, String> colours = Map.of();
        if (Files.isRegularFile(assetDir.resolve(FaviconColours.STYLE_SHEET))) {
            String css = text(projectDir, assetDir, FaviconColours.STYLE_SHEET, problems);
            if (css == null) {
                return Map.of();
            }
            colours = FaviconColours.of(css);
        }
        String filled = FaviconColours.fill(svg, colours, shown(projectDir, assetDir, FaviconColours.FILE),
                shown(projectDir, assetDir, FaviconColours.STYLE_SHEET), problems);
        return Map.of(FaviconColours.FILE, filled.getBytes(StandardCharsets.UTF_8));
    }

    /** An asset's text; null, with the problem at its line, when it is not UTF-8 or cannot be read. */
    private static String text(Path projectDir, Path assetDir, String file, List<Problem> problems) {
        try {
            return Utf8Text.read(assetDir.resolve(file));
        } catch (IOException e) {
            problems.add(Utf8Text.problem(shown(projectDir, assetDir, file), e));
            return null;
        }
    }

    /** The text with the addresses of already named assets replaced; the file's own bytes when nothing changes. */
    private static byte[] rename(String text, List<AssetReference> refs, Map<String, String> urls, Path original) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        boolean changed = false;
        for (AssetReference ref : refs) {
            String published = ref.target() == null ? null : urls.get(ref.target());
            if (published == null || published.equals(ref.target())) {
                continue;
            }
            String spec = ref.specifier();
            String renamed = spec.substring(0, spec.lastIndexOf('/') + 1) + published.substring(published.lastIndexOf('/') + 1);
            out.append(text, at, ref.start()).append(renamed);
            at = ref.end();
            changed = true;
        }
        if (!changed) {
            return Files.readAllBytes(original);
        }
        out.append(text, at, text.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path shown(Path projectDir, Path assetDir, String file) {
        Path path = file.isEmpty() ? assetDir : assetDir.resolve(file);
        return path.startsWith(projectDir) ? projectDir.relativize(path) : path;
    }

    /** Every asset's address as templates write it ({@code /css/site.css}) to its published address. */
    public Map<String, String> urls() {
        return urls;
    }

    /** The published paths of the fingerprinted files, e.g. {@code css/site.3f9a1c2e.css}. */
    public Set<String> fingerprintedFiles() {
        return Collections.unmodifiableSet(new TreeSet<>(rewritten.keySet()));
    }

    /** Changes whenever any published name changes (and so whenever a page that links an asset must change). */
    public String signature() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            urls.forEach((from, to) -> digest.update((from + "=" + to + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes a build publishes at {@code path} ({@code css/site.3f9a1c2e.css}, {@code favicon.svg}), if it is one of these assets. */
    public Optional<byte[]> published(String path) throws IOException {
        if (rewritten.containsKey(path)) {
            return Optional.of(rewritten.get(path).clone());
        }
        if (filled.containsKey(path)) {
            return Optional.of(filled.get(path).clone());
        }
        return copied.contains(path) ? Optional.of(Files.readAllBytes(assetDir.resolve(path))) : Optional.empty();
    }

    /** Writes the assets into a site folder: the fingerprinted ones under their new names, the rest copied. */
    public void writeTo(Path site) throws IOException {
        for (Map.Entry<String, byte[]> file : rewritten.entrySet()) {
            Path target = site.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        for (String file : copied) {
            Path target = site.resolve(file);
            Files.createDirectories(target.getParent());
            if (filled.containsKey(file)) {
                Files.write(target, filled.get(file));
            } else {
                Files.copy(assetDir.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
