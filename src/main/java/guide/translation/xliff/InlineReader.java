package guide.translation.xliff;

import guide.site.Problem;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.nio.file.Path;

/**
 * Reads the content of one {@code <source>} or {@code <target>}: text, {@code <bpt>},
 * {@code <ept>} and {@code <ph>} placeholders (their Markdown is their text), {@code <mrk>}
 * taken as its content. Leaves the reader on the element's end tag.
 */
final class InlineReader {
    private InlineReader() {
    }

    static TaggedText read(XMLStreamReader xml, Path file, String unitId) throws XMLStreamException, Xliff12Reader.XliffException {
        TaggedText.Builder text = new TaggedText.Builder();
        content(xml, file, unitId, text);
        return text.build();
    }

    private static void content(XMLStreamReader xml, Path file, String unitId, TaggedText.Builder text)
            throws XMLStreamException, Xliff12Reader.XliffException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                text.text(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                TagRole role = TagRole.ofElement(name);
                if ("mrk".equals(name)) {
                    content(xml, file, unitId, text);
                } else if (role != null) {
                    String id = xml.getAttributeValue(null, "id");
                    String type = xml.getAttributeValue(null, "ctype");
                    int line = xml.getLocation().getLineNumber();
                    String markdown = placeholderText(xml, file, unitId, name);
                    if (id == null) {
                        throw new Xliff12Reader.XliffException(new Problem(file, line, "unit " + unitId + ": <" + name + "> without an id"));
                    }
                    text.tag(role, id, type == null ? "" : type, markdown);
                } else {
                    throw new Xliff12Reader.XliffException(new Problem(file, xml.getLocation().getLineNumber(), "unit " + unitId + ": <" + name
                            + "> is not a placeholder this file was exported with (only <bpt>, <ept> and <ph>): keep the tags as they were"));
                }
            }
        }
    }

    /** The text of a placeholder element, which holds nothing else: the parser's getElementText names no unit and no fix. */
    private static String placeholderText(XMLStreamReader xml, Path file, String unitId, String name)
            throws XMLStreamException, Xliff12Reader.XliffException {
        StringBuilder markdown = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return markdown.toString();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw new Xliff12Reader.XliffException(new Problem(file, xml.getLocation().getLineNumber(), "unit " + unitId + ": a <"
                        + xml.getLocalName() + "> tag has been put inside <" + name + ">, which may hold only the Markdown it stands for: move it out,"
                        + " or restore the tags as exported"));
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.ENTITY_REFERENCE) {
                markdown.append(xml.getText());
            }
        }
        return markdown.toString();
    }
}
