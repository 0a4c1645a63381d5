package guide.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of each printed page is left blank at its foot: the part of the page (0 to 1) below its lowest line of
 * text, in Chromium's PDF, as "Print" makes it. PDFBox places each glyph; borders and pictures are not counted, so
 * a page whose foot holds only a box's edge is blank there.
 */
final class PrintedBlank extends PDFTextStripper {
    /** The lowest baseline seen on the page being read, from the page's top (PDF points). */
    private float lowest;

    private PrintedBlank() {
    }

    /** Prints the page the browser shows on paper of that width and height (cm); the blank share at each page's foot. */
    static List<Double> atFoot(ChromeDriver chrome, double widthCm, double heightCm) {
        return atFoot(PrintedPages.pdf(chrome, widthCm, heightCm));
    }

    /** The blank share at the foot of each page of that PDF. */
    static List<Double> atFoot(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrintedBlank reader = new PrintedBlank();
            List<Double> result = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                reader.setStartPage(page);
                reader.setEndPage(page);
                reader.lowest = 0;
                reader.getText(document);
                PDPage paper = document.getPage(page - 1);
                float height = paper.getMediaBox().getHeight();
                result.add((double) (height - Math.min(reader.lowest, height)) / height);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Chromium's PDF does not read", e);
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        lowest = Math.max(lowest, text.getYDirAdj());
    }
}
