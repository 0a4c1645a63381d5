package guide.image;

/**
 * Where things are on a card, in pixels: the guide's name and a short rule at the top, the
 * title's area in the middle (lines centred on their capitals, the block centred in the box),
 * a band with the language at the bottom. One place for the numbers the template and the title
 * share.
 */
record CardGeometry(int width, int height, int margin, float nameSize, int nameBaseline, int ruleTop, int ruleWidth, int ruleHeight,
                    int titleTop, int titleHeight, int bandTop, float languageSize) {
    /** Source Sans 3's capital height as a share of the size. */
    static final float CAP_HEIGHT = 0.66f;
    /** Line height of the title as a multiple of its size. */
    static final float LEADING = 1.14f;

    static final CardGeometry STANDARD = new CardGeometry(1200, 630, 80, 40, 118, 146, 96, 6, 186, 330, 548, 32);

    /** First row the title may draw in: below the rule, with room for accents above capitals. */
    int titleAreaTop() {
        return ruleTop + ruleHeight + 4;
    }

    /** Bytes of one 4-bit PNG row of this width: the filter byte, then two pixels a byte. */
    static int rowBytes(int width) {
        return 1 + (width + 1) / 2;
    }

    /** The width of the title's lines. */
    int titleWidth() {
        return width - 2 * margin;
    }
}
