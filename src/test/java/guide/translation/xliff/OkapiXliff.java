package guide.translation.xliff;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Okapi's XLIFF 1.2 filter, the reader and writer under Rainbow and OmegaT's Okapi plugin: an
 * independent reader of the files export writes, and a stand-in for a CAT tool that fills in
 * targets and saves the file.
 */
final class OkapiXliff {
    private OkapiXliff() {
    }

    /** A trans-unit as Okapi reads it: id, source and target with its codes shown as Okapi's generic markers. */
    record OkapiUnit(String id, String source, String target, int sourceCodes, int targetCodes) {
    }

    static List<OkapiUnit> read(String xliff, String sourceLang, String targetLang) {
        List<OkapiUnit> units = new ArrayList<>();
        LocaleId target = LocaleId.fromString(targetLang);
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(xliff, LocaleId.fromString(sourceLang), target));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    TextContainer trg = tu.getTarget(target);
                    TextFragment source = tu.getSource().getUnSegmentedContentCopy();
                    TextFragment translated = trg == null ? new TextFragment() : trg.getUnSegmentedContentCopy();
                    units.add(new OkapiUnit(tu.getId(), source.getText(), translated.getText(), source.getCodes().size(), translated.getCodes().size()));
                }
            }
        }
        return units;
    }

    /** The file after a CAT tool rewrote every target's words with {@code translate}, keeping every code where it was. */
    static String rewriteTargets(String xliff, String sourceLang, String targetLang, UnaryOperator<String> translate) {
        LocaleId target = LocaleId.fromString(targetLang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XLIFFFilter filter = new XLIFFFilter(); IFilterWriter writer = filter.createFilterWriter()) {
            filter.open(new RawDocument(xliff, LocaleId.fromString(sourceLang), target));
            writer.setOptions(target, "UTF-8");
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    TextFragment fragment = tu.getTarget(target).getUnSegmentedContentCopy();
                    String coded = fragment.getCodedText();
                    StringBuilder rewritten = new StringBuilder();
                    StringBuilder run = new StringBuilder();
                    for (int i = 0; i < coded.length(); i++) {
                        char c = coded.charAt(i);
                        if (TextFragment.isMarker(c)) {
                            flush(run, rewritten, translate);
                            rewritten.append(c).append(coded.charAt(++i));
                        } else {
                            run.append(c);
                        }
                    }
                    flush(run, rewritten, translate);
                    fragment.setCodedText(rewritten.toString(), fragment.getCodes(), false);
                    tu.setTargetContent(target, fragment);
                }
                writer.handleEvent(event);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void flush(StringBuilder run, StringBuilder out, UnaryOperator<String> translate) {
        if (!run.isEmpty()) {
            out.append(run.toString().isBlank() ? run : translate.apply(run.toString()));
            run.setLength(0);
        }
    }
}
