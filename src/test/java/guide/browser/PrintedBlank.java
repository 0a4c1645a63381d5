package guide.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of each printed page is left blank at its foot: the part of the page (0 to 1) below its lowest line of
 * text, in Chromium's PDF, as "Print" makes it. Follows the text's place through the page's transformations
 * ({@code q}, {@code Q}, {@code cm}) and text positions ({@code Tm}, {@code Td}), which is all Chromium's PDF writer
 * uses to place a glyph; borders and pictures are not counted, so a page whose foot holds only a box's edge is blank there.
 */
final class PrintedBlank {
    private static final Pattern TOKEN = Pattern.compile("-?[\\d.]+|[A-Za-z*']+|<[0-9A-Fa-f]*>|/\\w+|\\S");
    private static final Pattern NUMBER = Pattern.compile("-?\\d*\\.?\\d+\\.?");
    private static final Pattern HEIGHT = Pattern.compile("/MediaBox \\[\\s*[\\d.]+ [\\d.]+ [\\d.]+ ([\\d.]+)");

    private PrintedBlank() {
    }

    /** Prints the page the browser shows on paper of that width and height (cm); the blank share at each page's foot. */
    static List<Double> atFoot(ChromeDriver chrome, double widthCm, double heightCm) {
        Map<Integer, String> objects = PrintedPages.objects(PrintedPages.pdf(chrome, widthCm, heightCm));
        List<Double> result = new ArrayList<>();
        for (String page : PrintedPages.pages(objects)) {
            Matcher height = HEIGHT.matcher(page);
            if (!height.find()) {
                throw new IllegalStateException("a page without its /MediaBox: " + page);
            }
            double top = Double.parseDouble(height.group(1));
            result.add(Math.min(lowestText(PrintedPages.content(objects, page)), top) / top);
        }
        return result;
    }

    /** The height above the page's bottom edge (PDF points) of its lowest glyph's baseline; {@code Double.MAX_VALUE} if none. */
    private static double lowestText(String content) {
        Deque<double[]> saved = new ArrayDeque<>();
        double[] ctm = {1, 0, 0, 1, 0, 0};
        double[] line = {1, 0, 0, 1, 0, 0};
        double lowest = Double.MAX_VALUE;
        List<Double> operands = new ArrayList<>();
        Matcher token = TOKEN.matcher(content);
        while (token.find()) {
            String t = token.group();
            if (NUMBER.matcher(t).matches()) {
                operands.add(Double.parseDouble(t));
                continue;
            }
            switch (t) {
                case "q" -> saved.push(ctm.clone());
                case "Q" -> ctm = saved.pop();
                case "cm" -> ctm = times(last6(operands), ctm);
                case "BT" -> line = new double[] {1, 0, 0, 1, 0, 0};
                case "Tm" -> line = last6(operands);
                case "Td" -> line = times(new double[] {1, 0, 0, 1, operands.get(0), operands.get(1)}, line);
                case "Tj" -> lowest = Math.min(lowest, times(line, ctm)[5]);
                default -> { }
            }
            if (!t.startsWith("<") && !t.startsWith("/")) {
                operands.clear();
            }
        }
        return lowest;
    }

    private static double[] last6(List<Double> operands) {
        double[] m = new double[6];
        for (int i = 0; i < 6; i++) {
            m[i] = operands.get(operands.size() - 6 + i);
        }
        return m;
    }

    /** The PDF matrix product a × b (a applied first). */
    private static double[] times(double[] a, double[] b) {
        return new double[] {
            a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]};
    }
}
