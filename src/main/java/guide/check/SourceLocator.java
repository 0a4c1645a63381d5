package guide.check;

import guide.site.FolderWalk;
import guide.content.FrontMatterParser;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Points a fault found in a built page back at the file an editor wrote: the Markdown line that
 * writes the offending element of the page's text, told from other uses of its address ({@link MarkdownUses}),
 * else the first that contains the offending text; else the line of a UI-string file that holds it literally (a link in
 * the page's frame, such as {@code aboutUrl: /en/about/}); else the line of a template that writes
 * it in an element like the faulty one (an {@code <img src=…>} for an image, not the
 * {@code <link href=…>} of another template that names the same file) and whose tag can have written
 * it; else the line of the one template tag that writes such an element with the address through an
 * expression ({@code <img class="badge" src="${logo}">}, told by the element and its other attributes), identical
 * elements of a page's frame taking such tags one each ({@link ElementTwins}); else the line of a template that writes the address in such an element whose other attributes differ
 * (the build adds some, such as an external link's {@code rel}); else the built page's line, with the
 * likely template lines and why none could be told (no template is guessed).
 */
public final class SourceLocator {
    /**
     * Where a fault is: a file and a 1-based line, and, for a built page's line, why no file an editor writes is
     * named (to add to the message; empty otherwise).
     */
    public record Location(Path file, int line, String note) {
        public Location(Path file, int line) {
            this(file, line, "");
        }
    }

    private final Path projectDir;
    private final Path shownRoot;
    private final Map<String, Path> sourceByPage;
    private final List<Path> frameFiles;
    private final Map<Path, List<String>> lines = new ConcurrentHashMap<>();
    private final Map<Path, List<TemplateTags.Tag>> tags = new ConcurrentHashMap<>();
    private final Map<Path, Optional<MarkdownElements>> bodies = new ConcurrentHashMap<>();

    /**
     * @param sourceByPage built page (relative to the site, e.g. {@code pl/x/index.html}) to its Markdown
     *                     file (relative to the project)
     * @param shownRoot    the output folder as editors know it ({@code target/site}), for faults that
     *                     come from templates rather than Markdown
     * @param frameFiles   templates and UI-string files (relative to the project), searched for
     *                     the offending text when the Markdown does not hold it
     */
    public SourceLocator(Path projectDir, Path shownRoot, Map<String, Path> sourceByPage, List<Path> frameFiles) {
        this.projectDir = projectDir;
        this.shownRoot = shownRoot;
        this.sourceByPage = sourceByPage;
        this.frameFiles = List.copyOf(frameFiles);
    }

    /** Where {@code element} of {@code page}, which holds {@code needle}, is written: for a fault of the element, such as an image without alt text. */
    public Location locate(String page, String needle, Element element) {
        return locate(page, needle, element, false);
    }

    /**
     * Where {@code element}'s address {@code needle} is written, for a fault of the address (a broken link, an image not found):
     * as {@link #locate}, but for an image or a link through a reference ({@code [text][ref]}), the line of its definition
     * ({@code [ref]: /pl/x/}), where the address is corrected once for all its uses.
     */
    public Location locateAddress(String page, String needle, Element element) {
        return locate(page, needle, element, true);
    }

    private Location locate(String page, String needle, Element element, boolean address) {
        Path source = sourceByPage.get(page);
        Literal literal = new Literal(List.of(), null);
        if (needle != null && !needle.isEmpty()) {
            if (source != null) {
                int found = element == null ? 0 : lineOfUse(source, needle, element, address);
                found = found > 0 ? found : lineWith(source, needle);
                if (found > 0) {
                    return new Location(source, found);
                }
            }
            for (Path frame : frameFiles.stream().filter(f -> !f.toString().endsWith(".ftl")).toList()) {
                int found = lineWith(frame, needle);
                if (found > 0) {
                    return new Location(frame, found);
                }
            }
            literal = writtenLiterally(needle, element);
        }
        Path built = shownRoot.resolve(page);
        built = built.startsWith(projectDir) ? projectDir.relativize(built) : built;
        int line = element == null ? 0 : Math.max(0, element.sourceRange().start().lineNumber());
        // What the page's text area holds ([data-content]) comes from Markdown: no template is looked for.
        if (needle == null || needle.isEmpty() || element == null || !ElementTwins.framed(element)) {
            Location any = literal.any() != null ? literal.any() : new Location(built, line);
            return literal.fitting().isEmpty() ? any : literal.fitting().get(0);
        }
        return writtenThrough(needle, element, built, line, literal);
    }

    /**
     * The template lines that write an address literally in a tag like the faulty element's: in {@code fitting}, those
     * whose tag can have written the element; in {@code any}, the first of them all, null when there is none.
     */
    private record Literal(List<Location> fitting, Location any) {
    }

    /**
     * Where a template writes {@code element}'s {@code needle}: a tag that writes the address as it is ({@code literal}),
     * else through an expression ({@code <img class="badge" src="${badge}">}), that element with those attributes, its
     * literal values as the page has them; the page's twins of the element ({@link ElementTwins}) one tag each. With
     * more such tags than twins left, or none but tags of that element that a directive or an expression shapes
     * ({@code <img <#if x>…</#if>>}), no template is guessed: the built page's line, with those tags' lines. With none
     * at all, a template line that writes the address in such an element, if there is one; else the built page's line,
     * saying that no template line writes the tag and that a failed build publishes no such page.
     */
    private Location writtenThrough(String needle, Element element, Path built, int line, Literal literal) {
        String attribute = element.attributes().asList().stream().filter(a -> a.getValue().equals(needle))
                .map(a -> a.getKey().toLowerCase(Locale.ROOT)).findFirst().orElse("");
        List<String> alike = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<Location> found = new ArrayList<>();
        for (Path frame : frameFiles) {
            if (!frame.toString().endsWith(".ftl")) {
                continue;
            }
            for (TemplateTags.Tag tag : tagsOf(frame)) {
                String at = frame.toString().replace('\\', '/') + ":" + tag.line();
                if (tag.computed().getOrDefault(attribute, false) && tag.writes(element)) {
                    found.add(new Location(frame, tag.lines().get(attribute)));
                    alike.add(at);
                } else if (!tag.readable() && tag.name().equalsIgnoreCase(element.tagName())) {
                    unread.add(at);
                }
            }
        }
        Location chosen = ElementTwins.of(element).tag(literal.fitting(), found);
        if (chosen != null) {
            return chosen;
        }
        if (alike.isEmpty() && literal.any() != null) {
            return literal.any();
        }
        String tag = "<" + element.tagName() + ">";
        return new Location(built, line, !alike.isEmpty()
                ? " (written by a template, either " + String.join(" or ", alike) + ": each writes " + tag + " tags whose " + attribute
                        + " comes from ${…}, and the build cannot tell which one wrote this)"
                : !unread.isEmpty() ? " (probably written at " + firstOf(unread) + ", where an <#if> or ${…} sets the attributes of the "
                        + tag + ", so the build cannot be sure)"
                : attribute.isEmpty() || frameFiles.stream().noneMatch(f -> f.toString().endsWith(".ftl")) ? ""
                : " (no template line writes this " + tag + " tag as it stands, nor with its " + attribute + " from ${…}: an expression or a"
                        + " macro may assemble it; the line number is for the page as this build made it, and a build with errors does not"
                        + " publish it)");
    }

    /** The first three places, and how many more. */
    private static String firstOf(List<String> places) {
        String shown = String.join(" or ", places.subList(0, Math.min(3, places.size())));
        return places.size() > 3 ? shown + " (and " + (places.size() - 3) + " more)" : shown;
    }

    /** True when {@code file} is a built page's, as {@link #locate} names one when no file an editor writes holds the fault. */
    public boolean isBuiltPage(Path file) {
        Path shown = shownRoot.startsWith(projectDir) ? projectDir.relativize(shownRoot) : shownRoot;
        return file.startsWith(shown);
    }

    /**
     * The files a page's frame comes from, in the order they are searched: the UI strings
     * ({@code templates/i18n/*.yaml}), then the templates; relative to the project.
     */
    public static List<Path> frameFiles(Path projectDir, Path templateDir) {
        try {
            return FolderWalk.sorted(templateDir, f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".ftl")))
                    .stream().sorted(Comparator.comparing((Path f) -> f.toString().endsWith(".ftl")).thenComparing(Path::toString))
                    .map(f -> projectDir.relativize(f.toAbsolutePath().normalize()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The line of the Markdown {@code source} that writes {@code element} with {@code needle} ({@link MarkdownUses}), or that
     * holds its address when {@code address}; 0 when no attribute of it holds the needle as it is, the file has no header to
     * tell its body by or its body writes no such element.
     */
    private int lineOfUse(Path source, String needle, Element element, boolean address) {
        String attribute = element.attributes().asList().stream().filter(a -> a.getValue().equals(needle)).map(a -> a.getKey())
                .findFirst().orElse(null);
        MarkdownElements body = attribute == null ? null : bodies.computeIfAbsent(source, this::bodyOf).orElse(null);
        MarkdownElements.Written use = body == null ? null : MarkdownUses.use(body, element, attribute);
        return use == null ? 0 : address ? use.addressLine() : use.line();
    }

    private Optional<MarkdownElements> bodyOf(Path source) {
        return FrontMatterParser.parse(source, String.join("\n", lines.computeIfAbsent(source, this::readLines)), new ArrayList<>())
                .map(header -> MarkdownElements.of(header.body(), header.bodyStartLine()));
    }

    /** The 1-based number of the first line of {@code file} that contains {@code needle}, or 0. */
    private int lineWith(Path file, String needle) {
        List<String> text = lines.computeIfAbsent(file, this::readLines);
        for (int i = 0; i < text.size(); i++) {
            if (containsWhole(text.get(i), needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Where a template writes {@code needle} inside a tag like {@code element}'s: the same element name, and the attribute
     * that holds the needle in the page ({@code <img src="/logo.svg">}, its tag possibly over several lines; a FreeMarker
     * expression around the address, {@code ${asset.url("/logo.svg")}} or {@code ${badge!"/logo.svg"}}, counts), at the
     * needle's line. A tag in a comment does not count. The tags that can have written the element (its other
     * attributes as the page has them, or a tag a directive shapes, which cannot be told) are told apart from the rest:
     * an address written in one {@code <img>} is not blamed for another {@code <img class="logo">} that writes the same
     * address through a variable.
     */
    private Literal writtenLiterally(String needle, Element element) {
        if (element == null) {
            return new Literal(List.of(), null);
        }
        String attribute = element.attributes().asList().stream().filter(a -> a.getValue().equals(needle))
                .map(a -> Pattern.quote(a.getKey())).findFirst().orElse("[\\w:-]+");
        Pattern opening = Pattern.compile("<" + Pattern.quote(element.tagName())
                + "(?![\\w:-])[^<>]*(?<![\\w:-])" + attribute + "\\s*=[^<>]*", Pattern.CASE_INSENSITIVE);
        List<Location> fitting = new ArrayList<>();
        Location any = null;
        for (Path frame : frameFiles.stream().filter(f -> f.toString().endsWith(".ftl")).toList()) {
            String text = String.join("\n", lines.computeIfAbsent(frame, this::readLines));
            int last = -1; // a tag that writes the address twice (src and data-src) is one tag
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                int start = text.lastIndexOf('<', at);
                if (start < 0 || start == last || !isWholeAt(text, needle, at) || !opening.matcher(text.substring(start, at)).matches()) {
                    continue;
                }
                TemplateTags.Tag tag = tagsOf(frame).stream().filter(t -> t.start() == start).findFirst().orElse(null);
                if (tag == null) {
                    continue; // in a comment, or a tag cut short
                }
                last = start;
                Location found = new Location(frame, 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count());
                if (!tag.readable() || tag.writes(element)) {
                    fitting.add(found);
                }
                any = any == null ? found : any;
            }
        }
        return new Literal(fitting, any);
    }

    private List<TemplateTags.Tag> tagsOf(Path frame) {
        return tags.computeIfAbsent(frame, f -> TemplateTags.read(String.join("\n", lines.computeIfAbsent(f, this::readLines))));
    }

    /**
     * True when {@code line} holds {@code needle} not as a part of a longer address: {@code /de/} is
     * not found in {@code /de/ueber/}, nor {@code x.png} in {@code box.png}.
     */
    public static boolean containsWhole(String line, String needle) {
        for (int at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
            if (isWholeAt(line, needle, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWholeAt(String text, String needle, int at) {
        int end = at + needle.length();
        return (at == 0 || !isAddressChar(text.charAt(at - 1))) && (end == text.length() || !isAddressChar(text.charAt(end)));
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || "-._~%/:#?=&+".indexOf(c) >= 0;
    }

    private List<String> readLines(Path source) {
        try {
            return Files.readAllLines(projectDir.resolve(source), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
