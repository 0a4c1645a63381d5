package guide.translation.xliff;

import guide.site.GuideCommand;
import guide.site.Problem;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an XLIFF 1.2 file that {@code ./guide translations export} wrote and a CAT tool filled in,
 * with the JDK's StAX reader (no DTDs, no external entities). Takes the skeleton, the units and
 * their targets; inside a target, {@code <mrk>} (segment markers some tools add) is transparent,
 * and any placeholder element other than {@code <bpt>}, {@code <ept>} and {@code <ph>} is an error.
 * Every problem names the file and line, and nothing is printed: bytes that are not text in the
 * file's encoding are found by {@link XmlBytes}, and the usual faults of hand-edited XML by
 * {@link XmlStructureCheck}, before the parser sees them; the parser's own words never reach the
 * translator.
 */
public final class Xliff12Reader {
    private final Path file;
    private XMLStreamReader xml;
    private String text;
    /** Where the reader's latest event began, as a character offset into {@link #text} ({@link AttributeLine} takes it). */
    private int eventStart = -1;

    private Xliff12Reader(Path file) {
        this.file = file;
    }

    /** The file's content, or a problem with its line. */
    public static XliffFile read(Path file, byte[] bytes) throws XliffException {
        return new Xliff12Reader(file).read(bytes);
    }

    /** A file that cannot be imported, with where and why. */
    public static final class XliffException extends Exception {
        private final transient Problem problem;

        XliffException(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private XliffFile read(byte[] bytes) throws XliffException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            text = XmlBytes.decode(file, bytes);
            XmlStructureCheck.check(file, text);
            xml = factory.createXMLStreamReader(new StringReader(text));
            next();
            if (!xml.isStartElement() || !"xliff".equals(xml.getLocalName()) || !Xliff12Writer.NAMESPACE.equals(xml.getNamespaceURI())
                    || !"1.2".equals(xml.getAttributeValue(null, "version"))) {
                throw fail("not an XLIFF 1.2 file (the root must be <xliff version=\"1.2\"> in " + Xliff12Writer.NAMESPACE + ")");
            }
            XliffFile result = null;
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (!"file".equals(xml.getLocalName())) {
                    skip();
                    continue;
                }
                if (result != null) {
                    throw fail("more than one <file>: import one document per XLIFF file, as export wrote them");
                }
                result = fileElement();
            }
            if (result == null) {
                throw fail("no <file> element");
            }
            return result;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new XliffException(new Problem(file, Math.max(line, 0), "the XML is damaged here, so the file cannot be read: compare this line "
                    + "with the file as it was exported, or export the document again"));
        }
    }

    private XliffFile fileElement() throws XMLStreamException, XliffException {
        int line = line();
        int tagStart = eventStart;
        String original = attribute("original");
        String sourceLang = attribute("source-language");
        String targetLang = attribute("target-language");
        if (!Xliff12Writer.DATATYPE.equals(xml.getAttributeValue(null, "datatype"))) {
            throw fail("datatype is not " + Xliff12Writer.DATATYPE + ": this file was not exported by " + GuideCommand.name() + " translations export");
        }
        Optional<SkeletonJson.Data> skeleton = Optional.empty();
        int skeletonStart = -1;
        List<ReadUnit> units = new ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "header" -> {
                    skeletonStart = eventStart;
                    skeleton = header();
                }
                case "body" -> body(units);
                default -> skip();
            }
        }
        if (skeleton.isEmpty()) {
            throw new XliffException(new Problem(file, line, "the file's skeleton (<skl><internal-file>) is missing or damaged: export the document again"));
        }
        SkeletonJson.Data data = skeleton.get();
        int headerStart = skeletonStart;
        XliffFile.LanguageLines languageLines = new XliffFile.LanguageLines(AttributeLine.of(text, tagStart, line, "source-language"),
                AttributeLine.of(text, tagStart, line, "target-language"));
        return new XliffFile(file, line, languageLines, original, sourceLang, targetLang == null ? "" : targetLang, data.targetPath(), data.translationKey(),
                data.revision(), data.skeleton(), units, data.optional(), data.exported(), data.translationStamp(),
                data.translationText(), data.exportId(), data.damagedExportId().map(id -> new DamagedExportId(id, idLine(headerStart))));
    }

    /** The line of the skeleton's {@code "exportId"}: the first line after {@code from} (the header's offset) that names it. */
    private int idLine(int from) {
        int at = text.indexOf("exportId", Math.max(from, 0));
        return (int) text.substring(0, Math.max(at, 0)).chars().filter(c -> c == '\n').count() + 1;
    }

    private Optional<SkeletonJson.Data> header() throws XMLStreamException, XliffException {
        Optional<SkeletonJson.Data> data = Optional.empty();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if ("skl".equals(xml.getLocalName())) {
                while (next() == XMLStreamConstants.START_ELEMENT) {
                    if ("internal-file".equals(xml.getLocalName()) && SkeletonJson.FORM.equals(xml.getAttributeValue(null, "form"))) {
                        data = SkeletonJson.read(xml.getElementText());
                    } else {
                        skip();
                    }
                }
            } else {
                skip();
            }
        }
        return data;
    }

    private void body(List<ReadUnit> units) throws XMLStreamException, XliffException {
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if ("trans-unit".equals(xml.getLocalName())) {
                units.add(unit());
            } else if ("group".equals(xml.getLocalName())) {
                body(units);
            } else {
                skip();
            }
        }
    }

    private ReadUnit unit() throws XMLStreamException, XliffException {
        int line = line();
        String id = attribute("id");
        String restype = xml.getAttributeValue(null, "restype");
        String name = xml.getAttributeValue(null, "resname");
        TaggedText source = null;
        TaggedText target = null;
        String state = null;
        while (next() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "source" -> source = InlineReader.read(xml, file, id);
                case "target" -> {
                    state = xml.getAttributeValue(null, "state");
                    target = InlineReader.read(xml, file, id);
                }
                default -> skip();
            }
        }
        if (source == null) {
            throw new XliffException(new Problem(file, line, "unit " + id + " has no <source>"));
        }
        return new ReadUnit(id, line, restype == null ? "" : restype, name == null ? "" : name, source, target,
                state == null ? null : state.strip());
    }

    private String attribute(String name) throws XliffException {
        String value = xml.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            throw fail("<" + xml.getLocalName() + "> has no " + name + " attribute");
        }
        return value;
    }

    /** Moves to the next start or end element, skipping text, comments and processing instructions. */
    private int next() throws XMLStreamException {
        while (xml.hasNext()) {
            eventStart = xml.getLocation() == null ? -1 : xml.getLocation().getCharacterOffset();
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private int line() {
        return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
    }

    private XliffException fail(String message) {
        return new XliffException(new Problem(file, line(), message));
    }

}
