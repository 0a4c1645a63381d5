package guide.translation.xliff;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Exported files are valid XLIFF 1.2 (OASIS's strict schema) and another library reads them as we meant them. */
class XliffSchemaTest {
    private static final Path SCHEMAS = ProjectFixture.projectDir().resolve("src/test/resources/xliff-schema");

    @TempDir
    Path project;

    @Test
    void exportsOfTheRealContentValidateAndOkapiReadsThem() throws Exception {
        ProjectFixture.copyRealProject(project); // its English articles go out partly as whole sections
        checkAll("content/pl");
    }

    @Test
    void exportsOfTheTestSiteValidateAndOkapiReadsThem() throws Exception {
        ProjectFixture.copyProject(project);
        checkAll("content/pl");
    }

    @Test
    void exportsOfTheTestsOwnContentValidateAndOkapiReadsThem() throws Exception {
        XliffFixture.fixtureProject(project);
        checkAll("content/pl");
    }

    @Test
    void theSchemaCanFail() throws Exception {
        XliffFixture.fixtureProject(project);
        assertEquals(0, XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en").code());
        String xliff = XliffFixture.read(project.resolve("target/xliff/xliff-fixture.pl-en.xlf"));
        String broken = xliff.replace("<bpt id=\"1\" ctype=\"bold\">", "<bpt id=\"1\" ctype=\"image\">");
        assertFalse(broken.equals(xliff));
        assertThrows(SAXException.class, () -> schema().newValidator().validate(new StreamSource(new StringReader(broken))));
    }

    private void checkAll(String folder) throws Exception {
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", folder, "--to", "en");
        assertEquals(0, run.code(), run.err());
        List<Path> files;
        try (Stream<Path> list = Files.list(project.resolve("target/xliff"))) {
            files = list.sorted().toList();
        }
        assertFalse(files.isEmpty());
        Schema schema = schema();
        for (Path file : files) {
            String xliff = XliffFixture.read(file);
            schema.newValidator().validate(new StreamSource(new StringReader(xliff)));
            XliffFile ours = Xliff12Reader.read(file, Files.readAllBytes(file));
            List<OkapiXliff.OkapiUnit> theirs = OkapiXliff.read(xliff, "pl", "en");
            assertEquals(ours.units().stream().map(ReadUnit::id).toList(), theirs.stream().map(OkapiXliff.OkapiUnit::id).toList(), file.toString());
            for (int i = 0; i < theirs.size(); i++) {
                ReadUnit unit = ours.units().get(i);
                OkapiXliff.OkapiUnit okapi = theirs.get(i);
                assertEquals(plain(unit.source()), okapi.source(), file + " " + unit.id());
                assertEquals(unit.source().tags().size(), okapi.sourceCodes(), file + " " + unit.id() + ": Okapi sees every placeholder");
                assertEquals(plain(unit.target()), okapi.target(), file + " " + unit.id());
                assertFalse(okapi.source().contains("{#") || okapi.source().contains("points="), file + " " + unit.id()
                        + ": ids and points stay out of the translatable text: " + okapi.source());
            }
        }
    }

    /** The words only, as Okapi's getText() gives them (placeholders left out). */
    private static String plain(TaggedText text) {
        StringBuilder out = new StringBuilder();
        text.spans().stream().filter(TaggedText.Text.class::isInstance).forEach(s -> out.append(s.markdown()));
        return out.toString();
    }

    private static Schema schema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // No network: the xml: namespace comes from the local copy, given first, so the import needs no download.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        return factory.newSchema(new Source[]{new StreamSource(SCHEMAS.resolve("xml.xsd").toFile()),
                new StreamSource(SCHEMAS.resolve("xliff-core-1.2-strict.xsd").toFile())});
    }
}
