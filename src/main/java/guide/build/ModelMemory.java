package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.ReadingTime;
import guide.page.Card;
import guide.page.CardMemo;
import guide.page.PageModel;
import guide.page.PageModels;
import guide.page.SectionIds;
import guide.page.SwitchOption;
import guide.render.PageSpec;
import guide.translation.SourceRevision;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the preview remembers of the page models between its builds: each document's model, each
 * article's card, the pages the build makes itself, and what they depend on besides their own files
 * ({@link ModelSignature}). An edit to one article's text then recomputes that article's model,
 * and a new title only the models that show its card; everything else is taken as it was.
 */
final class ModelMemory {
    private final DocumentMemo<Integer> readingWords;
    private final DocumentMemo<SourceRevision> revisions;
    private DocumentMemo<Model> models = new DocumentMemo<>();
    private DocumentMemo<Card> cards = new DocumentMemo<>();
    private List<String> modelOrder = List.of();
    /** The cards every remembered model was checked against in the last build that made all page models. */
    private List<String> checkedCards = List.of();
    private boolean cardsUnchanged;
    private final DocumentMemo<Listing> listings = new DocumentMemo<>();
    private ModelSignature generatedSignature;
    private List<PageSpec> listingPages = List.of();
    private List<PageSpec> sitemapAndRobots = List.of();
    private final AtomicInteger made = new AtomicInteger();

    /**
     * @param readingWords   the builder's memo of each document's words, of which its reading minutes are made
     * @param revisions      the builder's memo of each document's text revision
     */
    ModelMemory(DocumentMemo<Integer> readingWords, DocumentMemo<SourceRevision> revisions) {
        this.readingWords = readingWords;
        this.revisions = revisions;
    }

    /**
     * A document's page model, with the source and its revision it was made with when it is an
     * outdated translation ("" otherwise), and what the cards of other documents it shows showed
     * (by address). Of all translation states, only its own decides what its page shows (the
     * outdated notice, and which sections are behind, from the source's text), so a translation that
     * falls behind when its source is edited recomputes its model alone; and a retitled article
     * recomputes only the models whose cards show it (its neighbours' related lists, home pages).
     */
    record Model(String sourceRevision, PageModel model, Map<String, String> shown) {
        /** Whether every card this model shows still shows what it did ({@code cards}: this build's, by address). */
        boolean showsCurrent(Map<String, String> cards) {
            for (Map.Entry<String, String> card : shown.entrySet()) {
                if (!card.getValue().equals(cards.get(card.getKey()))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A published document's part of what the page models depend on besides their own files:
     * {@code order}, what decides which lists it is in and where (address, type, date, tags,
     * translation key, author, {@code updated}), and {@code card}, what other pages show of it: its
     * card (title, summary, reading time) and, in their language switch, the ids of its sections ({@link guide.page.SectionIds}).
     */
    private record Listing(String order, String url, String card) {
    }

    /**
     * What every page model depends on besides its own file: {@code order} (the context, then each
     * document's {@link Listing#order}) and each document's card, in a list and by address.
     */
    record ModelSignature(List<String> order, List<String> cards, Map<String, String> cardByUrl) {
    }

    /**
     * The memo of page models, valid while the signature's {@code order} is unchanged; a new, empty
     * memo otherwise. (A changed card invalidates only the models that show it: {@link #model}.)
     */
    DocumentMemo<Model> models(ModelSignature signature) {
        if (!signature.order().equals(modelOrder)) {
            models = new DocumentMemo<>();
            cards = new DocumentMemo<>();
            modelOrder = signature.order();
        }
        cardsUnchanged = signature.cards().equals(checkedCards);
        made.set(0);
        return models;
    }

    /** How many document models the last build made rather than took from the memo. */
    int madeInLastBuild() {
        return made.get();
    }

    /** The documents' words, and the cards valid for the signature last given to {@link #models}. */
    CardMemo cards() {
        return new CardMemo(readingWords, cards);
    }

    /**
     * The pages the build makes itself, the same objects as in the previous build while what they
     * show is unchanged: the listing pages (root, feeds, archive) while the signature's order and
     * cards are, the sitemap and robots.txt while its order is ({@link #modelSignature}). An edit of
     * an article's text makes none of them again, and a new title only the listing pages.
     */
    List<PageSpec> generated(ModelSignature signature, Supplier<PageModels> models) {
        ModelSignature last = generatedSignature;
        boolean sameOrder = last != null && signature.order().equals(last.order());
        if (!sameOrder || !signature.cards().equals(last.cards())) {
            listingPages = List.copyOf(models.get().listingPages());
        }
        if (!sameOrder) {
            sitemapAndRobots = models.get().sitemapAndRobots();
        }
        generatedSignature = signature;
        // Called once every document's model was taken or made: each remembered model now shows these cards.
        checkedCards = signature.cards();
        List<PageSpec> pages = new ArrayList<>(listingPages);
        pages.addAll(sitemapAndRobots);
        return pages;
    }

    /**
     * The remembered model of the document, made again if the document, (for an outdated
     * translation) its source, or a card it shows changed (looked at only when some card changed
     * since the last build: a text edit that leaves every card as it was checks no model's cards), or if {@code again}
     * (the preview's warm-up: {@link Rehearsal#modelsOf}).
     */
    PageModel model(DocumentMemo<Model> memo, ModelSignature signature, ContentDocument doc, TranslationReport report, boolean again,
                    Function<ContentDocument, PageModel> make) {
        String revision = sourceRevision(doc, report);
        Map<String, String> cards = signature.cardByUrl();
        return memo.get(doc, m -> !again && m.sourceRevision().equals(revision) && (cardsUnchanged || m.showsCurrent(cards)), d -> {
            made.incrementAndGet();
            PageModel model = make.apply(d);
            Map<String, String> shown = new HashMap<>();
            model.cards().forEach(card -> shown.put(card.url(), Objects.requireNonNullElse(cards.get(card.url()), "")));
            // The language switch names its translations' known sections, part of what their cards are compared by.
            Objects.requireNonNullElse(model.switcher(), List.<SwitchOption>of()).forEach(option -> shown.put(option.url(), Objects.requireNonNullElse(cards.get(option.url()), "")));
            return new Model(revision, model, Map.copyOf(shown));
        }).model();
    }

    /** The source and source revision of an outdated translation, which its model depends on; "" for any other document. */
    private String sourceRevision(ContentDocument doc, TranslationReport report) {
        return report.stateOf(doc)
                .filter(state -> state.status() == TranslationState.Status.OUTDATED && state.source() != null)
                .map(state -> state.source().outputPath() + '|'
                        + revisions.get(state.source(), SourceRevision::of))
                .orElse("");
    }

    /**
     * What a document's page model depends on besides its own file ({@link ModelSignature}): the
     * context (the interface words' and pictures' stamps, the settings and authors' stamp) and every
     * published document's listing. (An outdated translation's model also depends on its source and
     * the source's text: {@link Model#sourceRevision()}.) While the order part is unchanged, the
     * preview reuses the model of each document whose file did not change and whose shown cards are
     * the same, so a change to one article's text does not recompute the translations, related
     * lists and cards of all pages, and a new title only those of the pages that show its card.
     * Each unchanged document's part is remembered, so the comparison costs little.
     */
    ModelSignature modelSignature(List<ContentDocument> published, String context) {
        List<String> order = new ArrayList<>(published.size() + 1);
        List<String> cards = new ArrayList<>(published.size());
        Map<String, String> cardByUrl = new HashMap<>(published.size() * 2);
        order.add(context);
        for (ContentDocument d : published) {
            Listing listing = listings.get(d, doc -> new Listing(doc.outputPath() + '|' + doc.type() + '|' + doc.date() + '|' + doc.tags()
                    + '|' + doc.translationKey() + '|' + doc.author() + '|' + doc.frontMatter().get("updated"), doc.url(),
                    doc.title() + '|' + doc.summary() + '|' + ReadingTime.minutesFor(readingWords.get(doc, ReadingTime::words)) + '|'
                            + SectionIds.of(doc)));
            order.add(listing.order());
            cards.add(listing.card());
            cardByUrl.put(listing.url(), listing.card());
        }
        return new ModelSignature(order, cards, cardByUrl);
    }
}
