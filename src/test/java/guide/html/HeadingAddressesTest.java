package guide.html;

import guide.content.DocumentType;
import guide.content.Slugs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sections an outdated translation's note links to, read from the page's Markdown: each {@code ##} heading's id as the
 * built page gives it (an editor's {@code {#id}}, or one made from the text) and its text as readers see it; not the
 * headings below them.
 */
class HeadingAddressesTest {
    @Test
    void eachTopHeadingGivesTheIdAndTextThePageShows() {
        String markdown = """
                Wstęp.

                ## Zaległe **płatności**

                Tekst.

                ### Szczegół

                ## Groźby {#threats}

                Tekst.
                """;
        assertEquals(List.of(new HeadingAddresses.Address("zalegle-platnosci", "Zaległe płatności"),
                        new HeadingAddresses.Address("threats", "Groźby")),
                HeadingAddresses.of(markdown, DocumentType.POST, Slugs.DEFAULT));
    }
}
