package guide.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the text lies on each printed page (Chromium's PDF, as "Print" makes it, PDFBox placing each glyph): how
 * low its lowest line goes and how far right its rightmost glyph reaches. Borders and pictures are not counted, so
 * a page whose foot holds only a box's edge is blank there.
 */
final class PrintedGlyphs extends PDFTextStripper {
    /** One printed page, in PDF points from its top left corner; {@code rightmost} names the glyph that reaches furthest. */
    record Page(float width, float height, float lowest, float right, String rightmost) {
        /** The part of the page (0 to 1) below its lowest line of text. */
        double blankAtFoot() {
            return (height - Math.min(lowest, height)) / height;
        }

        /** How far (points) the text reaches into the paper's right margin of {@link PrintedPages#MARGIN_CM}; 0 or less if not. */
        double pastRightMargin() {
            return right - (width - PrintedPages.MARGIN_CM / 2.54 * 72);
        }
    }

    private float lowest;
    private float right;
    private String rightmost = "";

    private PrintedGlyphs() {
    }

    /** Prints the page the browser shows on paper of that width and height (cm); where the text lies on each page. */
    static List<Page> print(ChromeDriver chrome, double widthCm, double heightCm) {
        return read(PrintedPages.pdf(chrome, widthCm, heightCm));
    }

    /** Where the text lies on each page of that PDF. */
    static List<Page> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrintedGlyphs reader = new PrintedGlyphs();
            List<Page> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                reader.setStartPage(page);
                reader.setEndPage(page);
                reader.lowest = 0;
                reader.right = 0;
                reader.rightmost = "";
                reader.getText(document);
                PDRectangle paper = document.getPage(page - 1).getMediaBox();
                pages.add(new Page(paper.getWidth(), paper.getHeight(), reader.lowest, reader.right, reader.rightmost));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Chromium's PDF does not read", e);
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        lowest = Math.max(lowest, text.getYDirAdj());
        float end = text.getXDirAdj() + text.getWidthDirAdj();
        if (end > right) {
            right = end;
            rightmost = text.getUnicode();
        }
    }
}
