package guide.bench;

import guide.translation.SourceRevision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static guide.bench.CorpusVocabulary.EN;
import static guide.bench.CorpusVocabulary.PL;

/**
 * The pages of the benchmark corpus besides its articles, in both languages, in the real site's words
 * (content/, 7 December 2026): the home page, the not-found page and the about page, the English ones
 * stamped current translations of the Polish. Their links point at the first two planned articles
 * instead of the real ones, so that they take part in the builder's link checks.
 */
final class StandingPages {
    private StandingPages() {
    }

    /** Writes the standing pages of both languages into the project {@code target}; {@code editors} signs them. */
    static void writeInto(Path target, List<ArticlePlan> plans, String editors) throws IOException {
        ArticlePlan first = plans.get(0);
        ArticlePlan second = plans.get(1);
        String date = "2024-11-20";

        String plHome = "\nWitaj w Przewodniku freelancera – poradniku dla osób pracujących na własny rachunek i dla małych agencji. "
                + "Piszemy o klientach, pieniądzach i współpracy: jak rozpoznać, że coś idzie nie tak, co wtedy zrobić i jak "
                + "w razie potrzeby rozstać się z klasą. Konkretnie, bez lania wody i bez śledzenia czytelników.\n";
        String enHome = "\nWelcome to The Freelancer's Guide, a small, practical resource for freelancers and the people who run small "
                + "agencies. We write about the parts of the job nobody teaches you: clients, money and what to do when a working "
                + "relationship goes wrong. Straightforward advice, no fluff, no tracking.\n";
        standing(target, "pl", "index", "Przewodnik freelancera", date, "home", "home", editors,
                "Praktyczne porady dla freelancerów i małych agencji: klienci, pieniądze i współpraca bez nerwów.", plHome, null);
        standing(target, "en", "index", "The Freelancer's Guide", date, "home", "home", editors,
                "Practical advice for freelancers and small agencies on clients, money and working relationships.", enHome,
                SourceRevision.of("pl", "Przewodnik freelancera", plHome).toString());

        String pl404 = "\nPod tym adresem niczego nie ma. Być może link jest nieaktualny albo do adresu wkradła się literówka – zdarza się "
                + "najlepszym.\n\nZacznij od [strony głównej](/pl/) albo zajrzyj do naszego najważniejszego artykułu: [" + first.plTitle
                + "](/pl/" + first.plSlug + "/).\n";
        String en404 = "\nThere's nothing at this address. The link may be out of date, or a typo may have crept into the URL; it happens "
                + "to the best of us.\n\nHead back to the [home page](/en/), or start with our main article: [" + first.enTitle
                + "](/en/" + first.enSlug + "/).\n";
        standing(target, "pl", "404", "Nie ma takiej strony", date, "notfound", "not-found", editors,
                "Strona, której szukasz, nie istnieje albo została przeniesiona.", pl404, null);
        standing(target, "en", "404", "Page not found", date, "notfound", "not-found", editors,
                "The page you're looking for doesn't exist or has moved.", en404,
                SourceRevision.of("pl", "Nie ma takiej strony", pl404).toString());

        String plAbout = aboutPl(first, second);
        String enAbout = aboutEn(first, second);
        standing(target, "pl", "o-przewodniku", "O przewodniku", date, "page", "about", editors,
                "Czym jest Przewodnik freelancera, dla kogo powstaje, kto go tworzy i z czego się utrzymuje. Bez plików cookie i bez"
                        + " śledzenia.", plAbout, null);
        standing(target, "en", "about", "About the guide", date, "page", "about", editors,
                "What The Freelancer's Guide is, who it's for, who writes it and how it pays its way. No cookies, no tracking.", enAbout,
                SourceRevision.of("pl", "O przewodniku", plAbout).toString());
    }

    /**
     * The Polish about page in the real one's words (content/pl/o-przewodniku.md), but for the paragraph on its adapted article,
     * which names a real author the corpus's articles are not by; its links, to the corpus's first two articles, are the
     * benchmark's own sentence.
     */
    private static String aboutPl(ArticlePlan first, ArticlePlan second) {
        return "\nPrzewodnik freelancera to poradnik dla osób pracujących na własny rachunek i dla małych agencji: projektantów stron, "
                + "programistów, marketerów i wszystkich, którzy sami zdobywają zlecenia i rozliczają się z klientami. Piszemy o sprawach, o "
                + "których rzadko mówi się na kursach – o klientach, pieniądzach, umowach i o tym, co zrobić, gdy współpraca zaczyna się "
                + "sypać.\n\n## Dla kogo piszemy {#who-for}\n\nDla każdego, kto sam wycenia swoją pracę i dba o relacje z klientami – "
                + "niezależnie od tego, czy dopiero zaczyna, czy prowadzi kilkuosobowy zespół. Staramy się, żeby każda porada była "
                + "konkretna: na co zwracać uwagę, co zrobić i w którym momencie. Na dobry początek polecamy tekst [" + first.plTitle
                + "](/pl/" + first.plSlug + "/) oraz część [" + PL.heading(second.sections.get(0).theme()) + "](/pl/" + second.plSlug
                + "/#" + second.sections.get(0).theme().id() + ").\n\n## Kto tworzy przewodnik\n\nWszystkie artykuły przygotowuje i "
                + "redaguje redakcja przewodnika, która sprawdza też zawarte w nich fakty.\n\n## Z czego się utrzymujemy\n\nNiektóre "
                + "linki w naszych artykułach to linki afiliacyjne (partnerskie). Jeśli klikniesz taki link i kupisz produkt lub usługę, "
                + "możemy otrzymać prowizję, a ty nie zapłacisz przez to ani grosza więcej. Artykuł, który je zawiera, mówi o tym na "
                + "początku strony, a każdy taki link ma dopisek „link afiliacyjny”. Pamiętaj, że po kliknięciu linku afiliacyjnego "
                + "trafiasz na stronę sklepu, który może zapisać w twojej przeglądarce własne pliki cookie; obowiązują wtedy jego zasady, "
                + "nie nasze. Prowizje nigdy nie wpływają na treść porad: coś polecamy dlatego, że uważamy to za przydatne dla ciebie, a "
                + "nie dlatego, że ktoś nam za to płaci.\n\n## Bez śledzenia {#no-tracking}\n\nNasze strony nie używają plików cookie "
                + "ani żadnych narzędzi śledzących. Nie sprawdzamy, co czytasz, skąd przychodzisz ani jak długo zostajesz. Po prostu "
                + "czytasz.\n";
    }

    /** The English about page in the real one's words (content/en/about.md), made as {@link #aboutPl} is. */
    private static String aboutEn(ArticlePlan first, ArticlePlan second) {
        return "\nThe Freelancer's Guide is a resource for freelancers and small agencies: web designers, developers, marketers and "
                + "anyone else who finds their own clients and sends their own invoices. We cover the things courses rarely do: clients, "
                + "money, contracts, and what to do when a working relationship starts to fall apart.\n\n## Who it's for {#who-for}\n\n"
                + "Anyone who prices their own work and manages their own client relationships, whether they've just gone solo or run a "
                + "small team. We try to keep every piece of advice concrete: what to watch for, what to do, and when. To start, read ["
                + first.enTitle + "](/en/" + first.enSlug + "/) and the section [" + EN.heading(second.sections.get(0).theme()) + "](/en/"
                + second.enSlug + "/#" + second.sections.get(0).theme().id() + ").\n\n## Who writes it\n\nThe guide's editorial team "
                + "writes, edits and fact-checks every article.\n\n## How the guide is funded\n\nSome links in our articles are "
                + "affiliate links. If you click one and buy something, we may earn a commission, and it costs you nothing extra. An "
                + "article that contains them says so at the top of the page, and each such link is marked \"affiliate link\". Bear in "
                + "mind that an affiliate link takes you to the shop's own site, which may set its own cookies in your browser; from then "
                + "on, its rules apply, not ours. Commissions never shape the advice: we recommend things because we think they're useful "
                + "to you, not because someone pays us to.\n\n## No tracking {#no-tracking}\n\nOur pages don't use cookies or any "
                + "tracking tools. We don't track what you read, where you came from or how long you stay. You just read.\n";
    }

    private static void standing(Path target, String lang, String name, String title, String date, String type, String key,
                                 String author, String summary, String body, String sourceRevision) throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("title", title);
        h.put("date", date);
        h.put("type", type);
        h.put("status", "published");
        h.put("translationKey", key);
        h.put("author", author);
        h.put("summary", summary);
        if (sourceRevision != null) {
            h.put(SourceRevision.KEY, sourceRevision);
        }
        CorpusGenerator.write(target.resolve("content/" + lang + "/" + name + ".md"), h, body);
    }
}
