package guide.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The white space that search text and source revisions treat as one space, and what they keep. */
class WhitespaceTest {

    @Test
    void everyRunOfTheSixAsciiSpacesBecomesOneSpace() {
        assertEquals("a b c", Whitespace.collapse("a \t\n\u000B\f\rb\n\nc"));
        assertEquals(" a ", Whitespace.collapse("\n  a \t"), "leading and trailing runs stay, as one space each");
        assertEquals("", Whitespace.collapse(""));
    }

    @Test
    void noBreakSpacesAndOtherUnicodeSpacesAreText() {
        // Typography joins "z\u00A0klientem" on purpose; a block that differs only there is another block.
        assertEquals("z\u00A0klientem i\u202Fto", Whitespace.collapse("z\u00A0klientem  i\u202Fto"));
    }

    @Test
    void aSingleTabOrLineBreakIsASpaceAndSingleSpacesStay() {
        assertEquals("a b", Whitespace.collapse("a\tb"));
        assertEquals("a b", Whitespace.collapse("a\nb"));
        assertEquals("a b ", Whitespace.collapse("a b\r"));
        assertEquals("żółw i kot ", Whitespace.collapse("żółw i kot "));
        assertEquals("żółw i kot", Whitespace.collapse("żółw  i kot"));
    }
}
