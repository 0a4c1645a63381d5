package guide.image;

/**
 * Which card a page gets and where it is published: next to the page ({@code pl/slug/card.png}
 * for {@code pl/slug/index.html}, {@code card.png} for the root page, {@code pl/404-card.png} for
 * a page that is a file, such as the not-found page {@code pl/404.html}), so a page and its card come
 * and go together. A home page's title is the guide's name, which the card shows anyway: its card
 * carries the tagline instead. The cards are drawn by the {@link CardRenderer} given.
 */
public final class SocialCards {
    /** Bump when the card's design changes in a way its inputs do not show (the builder's code is in every key too). */
    private static final String DESIGN = "card-1";

    private final CardRenderer renderer;
    /** The design and style part of every card's inputs, written out once (a build asks for thousands of cards). */
    private final String design;

    public SocialCards(CardRenderer renderer) {
        this.renderer = renderer;
        this.design = DESIGN + "\u0000" + renderer.style();
    }

    /** The card file of an HTML page. */
    public static String cardPath(String pageOutputPath) {
        if (!pageOutputPath.endsWith(".html")) {
            throw new IllegalArgumentException("only HTML pages have cards: " + pageOutputPath);
        }
        if (pageOutputPath.equals("index.html") || pageOutputPath.endsWith("/index.html")) {
            return pageOutputPath.substring(0, pageOutputPath.length() - "index.html".length()) + "card.png";
        }
        return pageOutputPath.substring(0, pageOutputPath.length() - ".html".length()) + "-card.png";
    }

    /**
     * How a page is shared with its card: the card's absolute address, size and alt text ("title –
     * guide's name", or the title alone when it names the guide already, as the root page's
     * "Przewodnik freelancera · The Freelancer’s Guide" does), and what it shows (its title, or the
     * tagline when the title is the guide's name; above it the guide's name, unless the title names
     * the guide already: the root page's card shows the names once, as its title).
     */
    public static SocialImage image(String baseUrl, String pageOutputPath, String title, String siteName, String tagline, String language) {
        String shown = title.equals(siteName) && tagline != null ? tagline : title;
        boolean namesTheGuide = shown.contains(siteName);
        CardText text = new CardText(shown, namesTheGuide ? "" : siteName, language);
        String alt = namesTheGuide ? shown : shown + " \u2013 " + siteName;
        return new SocialImage(baseUrl + "/" + cardPath(pageOutputPath), CardRenderer.WIDTH, CardRenderer.HEIGHT, alt, text);
    }

    /** The card a page is shared with, to draw or reuse; its inputs are everything that decides its pixels. */
    public ImageFile file(String pageOutputPath, CardText text) {
        String inputs = design + "\u0000" + text.title() + "\u0000" + text.siteName() + "\u0000" + text.language();
        return new ImageFile(cardPath(pageOutputPath), inputs, () -> renderer.render(text));
    }
}
