package guide.translation;

import guide.image.PictureTwins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new translation starts with its source's text: each picture drawn in the source's language whose version in the
 * target language exists is shown in that version, at the line the translator is told of; other pictures stay.
 */
class TranslatedPicturesTest {
    @TempDir
    Path images;

    private PictureTwins twins() throws IOException {
        Files.writeString(images.resolve("exit-steps-pl.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"pl\"><text>Krok</text></svg>");
        Files.writeString(images.resolve("exit-steps-en.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"en\"><text>Step</text></svg>");
        Files.write(images.resolve("only-pl.png"), new byte[] {1});
        Files.write(images.resolve("desk.jpg"), new byte[] {1});
        return new PictureTwins(images, List.of("pl", "en"));
    }

    @Test
    void aPictureWithAVersionInTheTargetLanguageIsSwitchedAtItsLine() throws IOException {
        String body = """
                Wstęp.

                ![Schemat](/images/exit-steps-pl.svg) i ![Biurko](/images/desk.jpg)

                ![Tylko po polsku](/images/only-pl.png)
                <img src="/images/exit-steps-pl.svg" alt="Schemat">
                """;
        TranslatedPictures pictures = TranslatedPictures.of(body, "en", twins(), 12);
        assertEquals("""
                Wstęp.

                ![Schemat](/images/exit-steps-en.svg) i ![Biurko](/images/desk.jpg)

                ![Tylko po polsku](/images/only-pl.png)
                <img src="/images/exit-steps-en.svg" alt="Schemat">
                """, pictures.body());
        assertEquals(List.of(new TranslatedLinks.Link(14, "/images/exit-steps-pl.svg", "/images/exit-steps-en.svg"),
                new TranslatedLinks.Link(17, "/images/exit-steps-pl.svg", "/images/exit-steps-en.svg")), pictures.switched());
    }

    @Test
    void aTextWithoutSuchPicturesStaysAsItIs() throws IOException {
        String body = "Bez obrazków.\n\n![Biurko](/images/desk.jpg)\n";
        TranslatedPictures pictures = TranslatedPictures.of(body, "en", twins(), 9);
        assertEquals(body, pictures.body());
        assertEquals(List.of(), pictures.switched());
    }
}
