package guide.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The text on each page of what Chromium prints (its PDF, as "Print" would make it), without white space,
 * so a test can tell which page a line landed on. Reads only what Chromium's PDF writer produces: plain
 * objects, Flate streams, Identity-H fonts with ToUnicode maps and one glyph per {@code <hex> Tj}.
 */
final class PrintedPages {
    private static final Pattern OBJECT = Pattern.compile("(\\d+) 0 obj(.*?)endobj", Pattern.DOTALL);
    private static final Pattern REF = Pattern.compile("(\\d+) 0 R");
    private static final Pattern FONT_DICT = Pattern.compile("/Font\\s*<<(.*?)>>", Pattern.DOTALL);
    private static final Pattern FONT_ENTRY = Pattern.compile("/(\\w+) (\\d+) 0 R");
    private static final Pattern SHOW = Pattern.compile("/(\\w+) [\\d.]+ Tf|<([0-9A-Fa-f]+)> Tj");

    private PrintedPages() {
    }

    /** Prints the page the browser shows on paper of that height (cm, A4's width); the text of each printed page. */
    static List<String> print(ChromeDriver chrome, double heightCm) {
        return print(chrome, 21.0, heightCm);
    }

    /** Prints the page the browser shows on paper of that width and height (cm: 21.59 by 27.94 is US Letter); the text of each printed page. */
    static List<String> print(ChromeDriver chrome, double widthCm, double heightCm) {
        return text(pdf(chrome, widthCm, heightCm));
    }

    /** Chromium's PDF of the page the browser shows, on paper of that width and height (cm), as ISO-8859-1 text. */
    static String pdf(ChromeDriver chrome, double widthCm, double heightCm) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(heightCm, widthCm));
        byte[] pdf = Base64.getDecoder().decode(chrome.print(options).getContent());
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    static List<String> text(String pdf) {
        Map<Integer, String> objects = objects(pdf);
        return pages(objects).stream().map(page -> pageText(objects, page)).toList();
    }

    /** The PDF's objects by number. */
    static Map<Integer, String> objects(String pdf) {
        Map<Integer, String> objects = new HashMap<>();
        Matcher m = OBJECT.matcher(pdf);
        while (m.find()) {
            objects.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return objects;
    }

    /** The page objects in order. */
    static List<String> pages(Map<Integer, String> objects) {
        String catalog = objects.values().stream().filter(o -> o.contains("/Type /Catalog")).findFirst().orElseThrow();
        List<String> result = new ArrayList<>();
        addPages(objects, objects.get(ref(catalog, "/Pages")), result);
        return result;
    }

    /** A page's drawing operators, its content stream inflated. */
    static String content(Map<Integer, String> objects, String page) {
        return inflate(objects.get(ref(page, "/Contents")));
    }

    /** A page tree node's pages in order (Chromium nests /Pages nodes once a document has many pages). */
    private static void addPages(Map<Integer, String> objects, String node, List<String> result) {
        if (!node.contains("/Kids")) {
            result.add(node);
            return;
        }
        String kids = node.substring(node.indexOf("/Kids"), node.indexOf(']', node.indexOf("/Kids")));
        Matcher kid = REF.matcher(kids);
        while (kid.find()) {
            addPages(objects, objects.get(Integer.parseInt(kid.group(1))), result);
        }
    }

    private static String pageText(Map<Integer, String> objects, String page) {
        Map<String, Map<String, String>> fonts = new HashMap<>();
        Matcher dict = FONT_DICT.matcher(page);
        if (dict.find()) {
            Matcher entry = FONT_ENTRY.matcher(dict.group(1));
            while (entry.find()) {
                String font = objects.get(Integer.parseInt(entry.group(2)));
                fonts.put(entry.group(1), font.contains("/ToUnicode") ? unicodeMap(inflate(objects.get(ref(font, "/ToUnicode")))) : Map.of());
            }
        }
        StringBuilder text = new StringBuilder();
        Map<String, String> font = Map.of();
        Matcher show = SHOW.matcher(content(objects, page));
        while (show.find()) {
            if (show.group(1) != null) {
                font = fonts.getOrDefault(show.group(1), Map.of());
                continue;
            }
            String glyphs = show.group(2);
            for (int i = 0; i + 4 <= glyphs.length(); i += 4) {
                text.append(font.getOrDefault(glyphs.substring(i, i + 4).toUpperCase(), "?"));
            }
        }
        return text.toString().replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    /** A ToUnicode CMap's bfchar and bfrange entries: glyph (4 hex digits) to text. */
    private static Map<String, String> unicodeMap(String cmap) {
        Map<String, String> map = new HashMap<>();
        Matcher chars = Pattern.compile("beginbfchar(.*?)endbfchar", Pattern.DOTALL).matcher(cmap);
        while (chars.find()) {
            Matcher pair = Pattern.compile("<(\\w+)>\\s*<(\\w+)>").matcher(chars.group(1));
            while (pair.find()) {
                map.put(pair.group(1).toUpperCase(), utf16(pair.group(2)));
            }
        }
        Matcher ranges = Pattern.compile("beginbfrange(.*?)endbfrange", Pattern.DOTALL).matcher(cmap);
        while (ranges.find()) {
            Matcher range = Pattern.compile("<(\\w+)>\\s*<(\\w+)>\\s*<(\\w+)>").matcher(ranges.group(1));
            while (range.find()) {
                int from = Integer.parseInt(range.group(1), 16);
                int to = Integer.parseInt(range.group(2), 16);
                int first = Integer.parseInt(range.group(3), 16);
                for (int g = from; g <= to; g++) {
                    map.put(String.format("%04X", g), new String(Character.toChars(first + g - from)));
                }
            }
        }
        return map;
    }

    private static String utf16(String hex) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            s.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
        }
        return s.toString();
    }

    static int ref(String object, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + " (\\d+) 0 R").matcher(object);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + object.substring(0, Math.min(200, object.length())));
        }
        return Integer.parseInt(m.group(1));
    }

    private static String inflate(String object) {
        int start = object.indexOf("stream") + "stream".length();
        while (object.charAt(start) == '\r' || object.charAt(start) == '\n') {
            start++;
        }
        byte[] data = object.substring(start, object.lastIndexOf("endstream")).getBytes(StandardCharsets.ISO_8859_1);
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a PDF stream that is not Flate", e);
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
