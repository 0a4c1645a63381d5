package guide.style;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A style sheet's custom properties in each colour scheme, each at its line: the light scheme is every {@code :root} rule
 * outside an at-rule, a later value of a property over an earlier one as the browser takes it; the dark scheme is those and
 * the {@code :root} rules under {@code @media (prefers-color-scheme: dark)}, also the later over the earlier (a plain
 * {@code :root} after the dark one wins in the dark too, as in the browser, which matters when the quiz's style sheet, read
 * after site.css, sets a property again). A {@code :root} under any
 * other condition (print, {@code prefers-contrast: more}, a screen width) is neither. The social cards, the favicon, the
 * images' {@code sizes} and the contrast checks read the palette and the column here, so all of them take the same value
 * of a property a designer changes.
 */
public final class CustomProperties {
    private static final Pattern DARK = Pattern.compile("prefers-color-scheme\\s*:\\s*dark");

    private final Map<String, Declaration> light;
    private final Map<String, Declaration> dark;
    private final int rootLine;

    private CustomProperties(Map<String, Declaration> light, Map<String, Declaration> dark, int rootLine) {
        this.light = Collections.unmodifiableMap(light);
        this.dark = dark == null ? null : Collections.unmodifiableMap(dark);
        this.rootLine = rootLine;
    }

    /** The custom properties of {@code css}, a style sheet's text. */
    public static CustomProperties of(String css) {
        return of(StyleBlocks.of(css));
    }

    /** The custom properties of a style sheet read into {@code blocks}. */
    public static CustomProperties of(List<StyleBlocks.Block> blocks) {
        Map<String, Declaration> light = new LinkedHashMap<>();
        Map<String, Declaration> dark = new LinkedHashMap<>();
        boolean darkRoot = false;
        int rootLine = 0;
        for (StyleBlocks.Block block : blocks.stream().filter(b -> b.selects(":root")).toList()) {
            boolean always = block.conditions().isEmpty();
            if (!always && block.conditions().stream().noneMatch(c -> DARK.matcher(c).find())) {
                continue;
            }
            rootLine = rootLine == 0 && always ? block.line() : rootLine;
            darkRoot |= !always;
            for (Declaration d : block.declarations().stream().filter(d -> d.name().startsWith("--")).toList()) {
                dark.put(d.name().substring(2), d);
                if (always) {
                    light.put(d.name().substring(2), d);
                }
            }
        }
        return new CustomProperties(light, darkRoot ? dark : null, rootLine);
    }

    /** The light scheme's properties, by name without the leading dashes ({@code accent}). */
    public Map<String, Declaration> light() {
        return light;
    }

    /** The dark scheme's properties (the light ones where it sets none), or null when the sheet has no dark scheme. */
    public Map<String, Declaration> dark() {
        return dark;
    }

    /** The line of the first {@code :root} rule outside an at-rule, or 0 when there is none. */
    public int rootLine() {
        return rootLine;
    }
}
