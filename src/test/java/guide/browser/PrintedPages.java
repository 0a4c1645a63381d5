package guide.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The text on each page of what Chromium prints (its PDF, as "Print" would make it), without white space,
 * so a test can tell which page a line landed on. PDFBox reads the PDF; its text stripper gives each page's text
 * in the order Chromium drew it.
 */
final class PrintedPages {
    /** The paper's margin on each side (cm), as a reader's "Print" leaves it by default. */
    static final double MARGIN_CM = 1.0;

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

    /** Chromium's PDF of the page the browser shows, on paper of that width and height (cm). */
    static byte[] pdf(ChromeDriver chrome, double widthCm, double heightCm) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(heightCm, widthCm));
        options.setPageMargin(new PageMargin(MARGIN_CM, MARGIN_CM, MARGIN_CM, MARGIN_CM));
        return Base64.getDecoder().decode(chrome.print(options).getContent());
    }

    /** The text of each page of that PDF, in order, white space dropped. */
    static List<String> text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("[\\s\\u00a0\\u202f]+", ""));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Chromium's PDF does not read", e);
        }
    }
}
