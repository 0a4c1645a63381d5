package guide.publish;

import guide.site.BuildFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content-hashed names for style sheets and scripts, with the imports between them renamed too. */
class FingerprintedAssetsTest {
    @TempDir
    Path project;

    private void write(String path, String text) throws Exception {
        Path file = project.resolve("assets").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private FingerprintedAssets read() throws Exception {
        return FingerprintedAssets.read(project, project.resolve("assets"));
    }

    private static String sha8(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
    }

    @Test
    void scriptsAndStyleSheetsAreNamedByTheirContentAndImagesKeepTheirNames() throws Exception {
        write("css/site.css", "body { color: black; }\n");
        write("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        FingerprintedAssets assets = read();
        String css = "/css/site." + sha8("body { color: black; }\n".getBytes(StandardCharsets.UTF_8)) + ".css";
        assertEquals(css, assets.urls().get("/css/site.css"));
        assertEquals("/favicon.svg", assets.urls().get("/favicon.svg"));
        Path site = project.resolve("site");
        assets.writeTo(site);
        assertEquals("body { color: black; }\n", Files.readString(site.resolve(css.substring(1))));
        assertTrue(Files.isRegularFile(site.resolve("favicon.svg")));
        assertTrue(Files.notExists(site.resolve("css/site.css")), "the unhashed name is not published");
    }

    @Test
    void importsAreRenamedAndAChangedModuleRenamesTheModulesThatImportIt() throws Exception {
        write("js/util.js", "export const x = 1;\n");
        write("js/main.js", "import { x } from './util.js';\nimport '/js/util.js';\nconst m = import(\"./util.js\");\nimport { y } from 'https://cdn.example/y.js';\n");
        FingerprintedAssets first = read();
        String util = first.urls().get("/js/util.js");
        String utilName = util.substring(util.lastIndexOf('/') + 1);
        Path site = project.resolve("site1");
        first.writeTo(site);
        String main = Files.readString(site.resolve(first.urls().get("/js/main.js").substring(1)));
        assertEquals("import { x } from './" + utilName + "';\nimport '" + util + "';\nconst m = import(\"./" + utilName + "\");\n"
                + "import { y } from 'https://cdn.example/y.js';\n", main);
        assertEquals(first.urls().get("/js/main.js"), "/js/main." + sha8(main.getBytes(StandardCharsets.UTF_8)) + ".js",
                "the importing module is named by its rewritten bytes");

        write("js/util.js", "export const x = 2;\n");
        FingerprintedAssets second = read();
        assertNotEquals(first.urls().get("/js/util.js"), second.urls().get("/js/util.js"));
        assertNotEquals(first.urls().get("/js/main.js"), second.urls().get("/js/main.js"), "main.js names the new util.js, so it is new too");
    }

    @Test
    void styleSheetImportsAreRenamed() throws Exception {
        write("css/base.css", "p { margin: 0; }\n");
        write("css/site.css", "@import \"base.css\";\n@import url('/css/base.css');\n");
        FingerprintedAssets assets = read();
        String base = assets.urls().get("/css/base.css");
        Path site = project.resolve("site");
        assets.writeTo(site);
        assertEquals("@import \"" + base.substring(5) + "\";\n@import url('" + base + "');\n",
                Files.readString(site.resolve(assets.urls().get("/css/site.css").substring(1))));
    }

    /**
     * Whatever way a style sheet names a style sheet or script, the browser asks for that name, which is not published: each is
     * renamed, an {@code @import} in capitals or with a comment before its address as well; fonts and comments keep their text.
     */
    @Test
    void everyNameOfAStyleSheetOrScriptInAStyleSheetIsRenamed() throws Exception {
        write("css/base.css", "p { margin: 0; }\n");
        write("js/cursor.js", "// not a cursor\n");
        write("fonts/inter.woff2", "font");
        String css = "@IMPORT url(base.css);\n.a { background: url( \"../css/base.css\" ); }\n"
                + ".b { cursor: url(/js/cursor.js), auto; }\n/* url(base.css) */\n@font-face { src: url(/fonts/inter.woff2); }\n";
        write("css/site.css", css);
        FingerprintedAssets assets = read();
        String base = assets.urls().get("/css/base.css").substring(5);
        String cursor = assets.urls().get("/js/cursor.js");
        Path site = project.resolve("site");
        assets.writeTo(site);
        assertEquals("@IMPORT url(" + base + ");\n.a { background: url( \"../css/" + base + "\" ); }\n"
                        + ".b { cursor: url(" + cursor + "), auto; }\n/* url(base.css) */\n@font-face { src: url(/fonts/inter.woff2); }\n",
                Files.readString(site.resolve(assets.urls().get("/css/site.css").substring(1))));
    }

    /** A comment between {@code @import} and its address, as CSS allows, is no address of its own. */
    @Test
    void aCommentBeforeAnImportedAddressIsSkipped() throws Exception {
        write("css/base.css", "p { margin: 0; }\n");
        write("css/site.css", "@import /* the reset */ \"base.css\";\n");
        FingerprintedAssets assets = read();
        Path site = project.resolve("site");
        assets.writeTo(site);
        assertEquals("@import /* the reset */ \"" + assets.urls().get("/css/base.css").substring(5) + "\";\n",
                Files.readString(site.resolve(assets.urls().get("/css/site.css").substring(1))));
    }

    @Test
    void importOfAMissingModuleIsAProblemAtItsLine() throws Exception {
        write("js/main.js", "// the app\nimport { x } from './missing.js';\n");
        BuildFailure failure = assertThrows(BuildFailure.class, this::read);
        assertEquals("assets/js/main.js:2: imports ./missing.js, which is not in assets: fix the address", failure.problems().get(0).toString());
    }

    /** A script saved with Windows' or old Mac line ends: the problem at the line the editor's program shows, as for Unix ones. */
    @Test
    void aProblemIsAtItsLineWhateverTheLineEnds() throws Exception {
        for (String end : List.of("\n", "\r\n", "\r")) {
            write("js/main.js", "// the app" + end + "/* a note" + end + "*/ import { x } from './missing.js';" + end);
            BuildFailure failure = assertThrows(BuildFailure.class, this::read);
            assertEquals("assets/js/main.js:3: imports ./missing.js, which is not in assets: fix the address", failure.problems().get(0).toString(),
                    "line ends " + end.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    /** A url() does not import anything: "imports print.css" sent the designer looking for an @import line. */
    @Test
    void urlOfAMissingStyleSheetSaysItLoadsIt() throws Exception {
        write("css/site.css", "@import \"base.css\";\n.a { background: url(print.css); }\n");
        write("css/base.css", "p { margin: 0; }\n");
        BuildFailure failure = assertThrows(BuildFailure.class, this::read);
        assertEquals("assets/css/site.css:2: loads print.css, which is not in assets: fix the address", failure.problems().get(0).toString());
    }

    @Test
    void modulesThatImportEachOtherAreAProblem() throws Exception {
        write("js/a.js", "import './b.js';\n");
        write("js/b.js", "\nimport './a.js';\n");
        BuildFailure failure = assertThrows(BuildFailure.class, this::read);
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        assertTrue(failure.problems().get(0).toString().startsWith("assets/js/b.js:2: imports ./a.js, which imports it back (js/a.js -> js/b.js -> js/a.js)"),
                failure.problems().toString());
    }

    @Test
    void aFileIsFingerprintedOnlyIfItsNameCarriesItsOwnHash() throws Exception {
        byte[] bytes = "a{}".getBytes(StandardCharsets.UTF_8);
        assertTrue(AssetNames.isFingerprinted(AssetNames.fingerprinted("css/x.css", bytes), bytes));
        assertTrue(!AssetNames.isFingerprinted("css/x.deadbeef.css", bytes), "a name that only looks hashed");
    }

    /** A designer changes the brand colour in site.css only: the published favicon follows it, in the site folder and in the preview. */
    @Test
    void theFaviconTakesTheColoursItNamesFromSiteCss() throws Exception {
        write("css/site.css", ":root {\n  --bg: #fbfaf7; --accent: #8b1f3a;\n}\n@media (prefers-color-scheme: dark) { :root { --accent: #ffffff; } }\n");
        write("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"var(--accent)\"/><path fill=\"var( --bg )\"/></svg>\n");
        FingerprintedAssets assets = read();
        String published = new String(assets.published("favicon.svg").orElseThrow(), StandardCharsets.UTF_8);
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"#8b1f3a\"/><path fill=\"#fbfaf7\"/></svg>\n", published);
        Path site = project.resolve("site");
        assets.writeTo(site);
        assertEquals(published, Files.readString(site.resolve("favicon.svg")));
    }

    @Test
    void aColourSiteCssDoesNotGiveIsAProblemAtTheFaviconsLine() throws Exception {
        write("css/site.css", ":root { --accent: #8b1f3a; }\n");
        write("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect fill=\"var(--brand)\"/></svg>\n");
        BuildFailure failure = assertThrows(BuildFailure.class, this::read);
        assertEquals(List.of("assets/favicon.svg:2: var(--brand): assets/css/site.css gives --brand no #rrggbb colour in its :root "
                + "block, and a favicon cannot read the page's style sheet: name one of its colours (var(--accent)), or write the colour here"),
                failure.problems().stream().map(Object::toString).toList());
    }
}
