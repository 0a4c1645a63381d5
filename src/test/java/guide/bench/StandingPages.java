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
 * The pages of the benchmark corpus besides its articles, in both languages, as the real site has
 * them: the home page, the not-found page and the about page, the English ones stamped current
 * translations of the Polish. Their links point at the first two planned articles, so that they
 * take part in the builder's link checks.
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
        String enHome = "\nWelcome to The Freelancer's Guide, a small, practical resource for freelancers and the people running small "
                + "agencies. We write about clients, money, and what to do when a working relationship goes wrong. Straightforward "
                + "advice, no fluff, and no tracking.\n";
        standing(target, "pl", "index", "Przewodnik freelancera", date, "home", "home", editors,
                "Praktyczne porady dla freelancerów i małych agencji: klienci, pieniądze i współpraca bez nerwów.", plHome, null);
        standing(target, "en", "index", "The Freelancer's Guide", date, "home", "home", editors,
                "Practical advice for freelancers and small agencies on clients, money and working relationships.", enHome,
                SourceRevision.of("pl", "Przewodnik freelancera", plHome).toString());

        String pl404 = "\nPod tym adresem niczego nie ma. Być może link jest nieaktualny albo do adresu wkradła się literówka – zdarza się "
                + "najlepszym.\n\nZacznij od [strony głównej](/pl/) albo przeczytaj [" + first.plTitle + "](/pl/" + first.plSlug + "/).\n";
        String en404 = "\nThere is nothing at this address. The link may be out of date, or there may be a typo in the address.\n\n"
                + "Start from the [home page](/en/) or read [" + first.enTitle + "](/en/" + first.enSlug + "/).\n";
        standing(target, "pl", "404", "Nie ma takiej strony", date, "notfound", "not-found", editors,
                "Strona, której szukasz, nie istnieje albo została przeniesiona.", pl404, null);
        standing(target, "en", "404", "Page not found", date, "notfound", "not-found", editors,
                "The page you are looking for does not exist or has moved.", en404,
                SourceRevision.of("pl", "Nie ma takiej strony", pl404).toString());

        String plAbout = "\nPrzewodnik freelancera to niezależny poradnik dla freelancerów i małych agencji: projektantów, programistów, "
                + "marketerów i wszystkich, którzy sami szukają klientów i sami wystawiają faktury.\n\n"
                + "## Dla kogo piszemy {#who-for}\n\nDla każdego, kto sam wycenia swoją pracę i sam dba o relacje z klientami. Na dobry "
                + "początek polecamy tekst [" + first.plTitle + "](/pl/" + first.plSlug + "/) oraz część [" + PL.heading(second.sections.get(0).theme())
                + "](/pl/" + second.plSlug + "/#" + second.sections.get(0).theme().id() + ").\n\n"
                + "## Bez śledzenia {#no-tracking}\n\nNie używamy ciasteczek ani narzędzi śledzących. Nie zapisujemy, co czytasz, skąd "
                + "przychodzisz ani jak długo zostajesz. Po prostu czytasz.\n";
        String enAbout = "\nThe Freelancer's Guide is an independent resource for freelancers and small agencies: designers, developers, "
                + "marketers and anyone else who finds their own clients and sends their own invoices.\n\n"
                + "## Who it is for {#who-for}\n\nAnyone who prices their own work and manages their own client relationships. To start, "
                + "read [" + first.enTitle + "](/en/" + first.enSlug + "/) and the section [" + EN.heading(second.sections.get(0).theme())
                + "](/en/" + second.enSlug + "/#" + second.sections.get(0).theme().id() + ").\n\n"
                + "## No tracking {#no-tracking}\n\nWe do not use cookies or any tracking tools. We do not record what you read, where "
                + "you came from or how long you stay. You just read.\n";
        standing(target, "pl", "o-przewodniku", "O przewodniku", date, "page", "about", editors,
                "Czym jest Przewodnik freelancera, dla kogo powstaje, kto go pisze i z czego się utrzymuje.", plAbout, null);
        standing(target, "en", "about", "About the guide", date, "page", "about", editors,
                "What The Freelancer's Guide is, who it is for, who writes it and how it pays its way.", enAbout,
                SourceRevision.of("pl", "O przewodniku", plAbout).toString());
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
