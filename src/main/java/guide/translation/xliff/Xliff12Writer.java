package guide.translation.xliff;

import guide.translation.ReportPrinter;
import guide.translation.SourceChange;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Writes a translation job as an XLIFF 1.2 file (the version every CAT tool imports) with the
 * JDK's StAX writer, which does the escaping. Placeholders are {@code <bpt>}/{@code <ept>} pairs
 * and {@code <ph>}, each holding the Markdown it stands for, so the tool shows a tag the
 * translator can move but not edit. Units carry their kind ({@code restype}), their name in the
 * document ({@code resname}) and the target's state; a unit to review, a note saying what changed in its source
 * since the translation was made (CAT tools show a unit's notes beside it).
 */
public final class Xliff12Writer {
    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
    public static final String DATATYPE = "x-guide-markdown";
    public static final String TOOL_ID = "guide";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private Xliff12Writer() {
    }

    /** @param exportId which export this is: recorded in the skeleton, for the import ({@link ExportId}) */
    public static byte[] write(XliffDocument doc, ExportId exportId) {
        return write(doc, exportId, Optional.empty());
    }

    /**
     * @param exportId which export this is: recorded in the skeleton, for the import ({@link ExportId})
     * @param newPage  the target language's English name when the file makes a new page whose file name its import is given
     *                 ({@code --name}): the header's note then says so ({@link NewPageWords}), rather than name the file the page would
     *                 have at the source's address; empty otherwise
     */
    public static byte[] write(XliffDocument doc, ExportId exportId, Optional<String> newPage) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.2");
            indent(xml, 1);
            xml.writeStartElement(NAMESPACE, "file");
            xml.writeAttribute("original", doc.sourcePath());
            xml.writeAttribute("source-language", doc.sourceLang());
            xml.writeAttribute("target-language", doc.targetLang());
            xml.writeAttribute("datatype", DATATYPE);
            xml.writeAttribute("tool-id", TOOL_ID);
            xml.writeAttribute("category", doc.translationKey());
            header(xml, doc, exportId, newPage);
            indent(xml, 2);
            xml.writeStartElement(NAMESPACE, "body");
            for (ExportedUnit unit : doc.units()) {
                unit(xml, unit, doc);
            }
            indent(xml, 2);
            xml.writeEndElement();
            indent(xml, 1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF for " + doc.sourcePath() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void header(XMLStreamWriter xml, XliffDocument doc, ExportId exportId, Optional<String> newPage) throws XMLStreamException {
        indent(xml, 2);
        xml.writeStartElement(NAMESPACE, "header");
        indent(xml, 3);
        xml.writeStartElement(NAMESPACE, "skl");
        indent(xml, 4);
        xml.writeStartElement(NAMESPACE, "internal-file");
        xml.writeAttribute("form", SkeletonJson.FORM);
        xml.writeCharacters(SkeletonJson.write(doc, exportId));
        xml.writeEndElement();
        indent(xml, 3);
        xml.writeEndElement();
        indent(xml, 3);
        xml.writeEmptyElement(NAMESPACE, "tool");
        xml.writeAttribute("tool-id", TOOL_ID);
        xml.writeAttribute("tool-name", "guide translations export");
        indent(xml, 3);
        // The project's command, not GuideCommand.name(): the file goes to a translator and back, and is the same wherever it was exported.
        xml.writeStartElement(NAMESPACE, "note");
        xml.writeAttribute("from", TOOL_ID);
        xml.writeCharacters("Translation of " + doc.sourcePath() + " (" + doc.revision().lang() + " " + doc.revision().hash() + ") into "
                + doc.targetLang() + ", for " + newPage.map(NewPageWords::page).orElse(doc.targetPath()) + ". Translate every target;"
                + " keep every tag (links, emphasis, code, footnote markers). Import with: ./guide translations import FILE"
                + newPage.map(language -> " " + NewPageWords.name(language)).orElse(""));
        xml.writeEndElement();
        indent(xml, 2);
        xml.writeEndElement();
    }

    private static void unit(XMLStreamWriter xml, ExportedUnit exported, XliffDocument doc) throws XMLStreamException {
        Unit unit = exported.unit();
        indent(xml, 3);
        xml.writeStartElement(NAMESPACE, "trans-unit");
        xml.writeAttribute("id", unit.id());
        xml.writeAttribute("restype", unit.kind().restype());
        if (!unit.name().isEmpty()) {
            xml.writeAttribute("resname", unit.name());
        }
        xml.writeAttribute("xml", XML_NS, "space", "preserve");
        indent(xml, 4);
        xml.writeStartElement(NAMESPACE, "source");
        xml.writeAttribute("xml", XML_NS, "lang", doc.sourceLang());
        content(xml, unit.source());
        xml.writeEndElement();
        indent(xml, 4);
        xml.writeStartElement(NAMESPACE, "target");
        xml.writeAttribute("xml", XML_NS, "lang", doc.targetLang());
        xml.writeAttribute("state", exported.state().xliff());
        if (exported.target() != null) {
            content(xml, exported.target());
        }
        xml.writeEndElement();
        if (unit.kind() == UnitKind.SECTION) {
            indent(xml, 4);
            xml.writeStartElement(NAMESPACE, "note");
            xml.writeAttribute("from", TOOL_ID);
            xml.writeCharacters(sectionNote(exported, doc));
            xml.writeEndElement();
        }
        if (!exported.changes().isEmpty()) {
            indent(xml, 4);
            xml.writeStartElement(NAMESPACE, "note");
            xml.writeAttribute("from", TOOL_ID);
            xml.writeCharacters(changesNote(exported, doc));
            xml.writeEndElement();
        }
        indent(xml, 3);
        xml.writeEndElement();
    }

    /** What a translator should know about a whole-section unit. */
    private static String sectionNote(ExportedUnit exported, XliffDocument doc) {
        if (exported.target() != null) {
            return "The " + doc.targetLang() + " text does not follow the " + doc.sourceLang() + " paragraph for paragraph here, so this whole "
                    + "section is one unit and its target is the " + doc.targetLang() + " section as it stands. Edit it as a whole. Its tags are its own "
                    + "Markdown (headings and their ids, paragraph breaks, lists, links, footnotes): keep each one where it belongs; it need not "
                    + "have the source's tags.";
        }
        return doc.optional().contains(exported.unit().id())
                ? "The " + doc.targetLang() + " version has no such section. Leave the target empty to keep it out, or translate it to add it."
                : "New in the " + doc.sourceLang() + " version since the translation was made: translate it.";
    }

    /**
     * What changed in a unit's source since the translation was made, one line per change as {@code ./guide translations}
     * lists it, so that a translator sees in the CAT tool what to change in the target.
     */
    private static String changesNote(ExportedUnit exported, XliffDocument doc) {
        boolean marked = exported.changes().stream().anyMatch(c -> c.kind() == SourceChange.Kind.EDITED && c.old() != null);
        return "Changed in the " + doc.sourceLang() + " source since this translation was made"
                + (marked ? " (words removed are marked [-like this-], words added {+like this+}):" : ":")
                + "\n" + String.join("\n", ReportPrinter.changeLines(exported.changes(), doc.history()));
    }

    private static void content(XMLStreamWriter xml, TaggedText text) throws XMLStreamException {
        for (TaggedText.Span span : text.spans()) {
            if (span instanceof TaggedText.Text t) {
                xml.writeCharacters(t.text());
            } else {
                TaggedText.Tag tag = (TaggedText.Tag) span;
                xml.writeStartElement(NAMESPACE, tag.role().element());
                xml.writeAttribute("id", tag.id());
                if (tag.role() != TagRole.CLOSE) {
                    xml.writeAttribute("ctype", tag.type());
                }
                xml.writeCharacters(tag.markdown());
                xml.writeEndElement();
            }
        }
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
