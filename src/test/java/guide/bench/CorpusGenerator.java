package guide.bench;

import guide.content.Slugs;
import guide.translation.SourceRevision;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a complete guide project for benchmarks: the real project's jbake.properties, templates,
 * assets and authors, and N generated articles per language (Polish with diacritics, English),
 * each about 800 words, with sections, lists, links with anchors between articles and now and
 * then an affiliate link; plus home, 404 and about pages. Every English page is a translation
 * stamped current against its Polish source. Same seed, same N: byte-identical corpus.
 *
 * <pre>java -cp ... guide.bench.CorpusGenerator &lt;outDir&gt; &lt;N&gt; [realProjectDir]</pre>
 */
public final class CorpusGenerator {
    public static final long SEED = 20261127L;
    /** Marks a folder as a generated corpus, so {@link #generate} may replace it. */
    public static final String MARKER = ".bench-corpus";
    static final int TARGET_WORDS = 800;

    /** One generated article in both languages. */
    public record Article(int index, String translationKey, String plSlug, String enSlug, String plTitle, String enTitle,
                          LocalDate date, boolean affiliate) {
        public String plUrl() {
            return "/pl/" + plSlug + "/";
        }

        public String enUrl() {
            return "/en/" + enSlug + "/";
        }

        public Path plFile(Path project) {
            return project.resolve("content/pl/" + plSlug + ".md");
        }

        public Path enFile(Path project) {
            return project.resolve("content/en/" + enSlug + ".md");
        }
    }

    /** The generated project. */
    public record Corpus(Path dir, int perLanguage, List<Article> articles) {
        /**
         * HTML pages the guide publishes for it: per language the articles, home, 404, about and the
         * archive's pages (50 articles each, the default {@code site.archive.pageSize}); plus the root page and the
         * root not-found page.
         */
        public int htmlPages() {
            return 2 * (perLanguage + 3 + Math.max(1, (perLanguage + 49) / 50)) + 2;
        }
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator <outDir> <articlesPerLanguage> [realProjectDir]");
            System.exit(2);
        }
        Path real = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("guide.project.dir", "."));
        Corpus corpus = generate(real, Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("Generated " + corpus.perLanguage() + " articles per language into " + corpus.dir());
    }

    /**
     * Writes the corpus into {@code target} (replacing a previously generated corpus there).
     *
     * @param realProject the guide project whose jbake.properties, templates, assets and authors are used
     */
    public static Corpus generate(Path realProject, Path target, int n) throws IOException {
        if (n < 4) {
            throw new IllegalArgumentException("need at least 4 articles per language, got " + n);
        }
        realProject = realProject.toAbsolutePath().normalize();
        target = target.toAbsolutePath().normalize();
        prepare(target);
        Files.copy(realProject.resolve("jbake.properties"), target.resolve("jbake.properties"));
        copyTree(realProject.resolve("templates"), target.resolve("templates"));
        copyTree(realProject.resolve("assets"), target.resolve("assets"));
        Files.createDirectories(target.resolve("content/pl"));
        Files.createDirectories(target.resolve("content/en"));
        Files.copy(realProject.resolve("content/authors.yaml"), target.resolve("content/authors.yaml"));
        List<String> authors = authorIds(target.resolve("content/authors.yaml"));

        Random random = new Random(SEED);
        List<Plan> plans = plan(n, authors, random);
        for (Plan p : plans) {
            Random text = new Random(SEED * 31 + p.index);
            String plBody = body(PL, p, plans, text);
            String enBody = body(EN, p, plans, new Random(SEED * 37 + p.index));
            Map<String, String> pl = headers(PL, p);
            write(target.resolve("content/pl/" + p.plSlug + ".md"), pl, plBody);
            Map<String, String> en = headers(EN, p);
            en.put(SourceRevision.KEY, SourceRevision.of("pl", p.plTitle, plBody).toString());
            write(target.resolve("content/en/" + p.enSlug + ".md"), en, enBody);
        }
        writeStandingPages(target, plans, authors.contains("redakcja") ? "redakcja" : authors.get(0));
        Files.writeString(target.resolve(MARKER), "generated by guide.bench.CorpusGenerator, seed " + SEED + ", N=" + n + "\n");

        List<Article> articles = plans.stream().map(p -> new Article(p.index, p.key, p.plSlug, p.enSlug, p.plTitle, p.enTitle,
                p.date, p.affiliate)).toList();
        return new Corpus(target, n, articles);
    }

    // ---------------------------------------------------------------- plan

    /** A section of an article: its theme and whether it carries an explicit {@code {#id}}. */
    private record Section(Theme theme, boolean explicitId) {
    }

    /** A link to another article, optionally to one of its sections with an explicit id. */
    private record Link(int target, Section anchor) {
    }

    private static final class Plan {
        int index;
        String key;
        String plSlug;
        String enSlug;
        String plTitle;
        String enTitle;
        String topicPl;
        String topicEn;
        LocalDate date;
        String author;
        List<Integer> tags;
        List<Section> sections;
        List<Link> links;
        boolean affiliate;
        int bulletSection;
        int numberedSection;
        int affiliateSection;
    }

    private static List<Plan> plan(int n, List<String> authors, Random random) {
        List<int[]> combos = new ArrayList<>();
        for (int t = 0; t < TOPICS.length; t++) {
            for (int p = 0; p < PATTERNS_PL.length; p++) {
                for (int a = 0; a < AUDIENCES.length; a++) {
                    combos.add(new int[]{t, p, a});
                }
            }
        }
        Collections.shuffle(combos, random);
        LocalDate first = LocalDate.of(2024, 11, 21);
        Set<String> plSlugs = new HashSet<>(Set.of("o-przewodniku", "index", "404"));
        Set<String> enSlugs = new HashSet<>(Set.of("about", "index", "404"));
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] c = combos.get(i % combos.size());
            int part = i / combos.size() + 1;
            Plan p = new Plan();
            p.index = i;
            p.topicPl = TOPICS[c[0]][0];
            p.topicEn = TOPICS[c[0]][1];
            p.plTitle = String.format(PATTERNS_PL[c[1]], p.topicPl, AUDIENCES[c[2]][0]) + (part > 1 ? " (część " + part + ")" : "");
            p.enTitle = String.format(PATTERNS_EN[c[1]], p.topicEn, AUDIENCES[c[2]][1]) + (part > 1 ? " (part " + part + ")" : "");
            p.plSlug = unique(Slugs.DEFAULT.slugify(p.plTitle), plSlugs);
            p.enSlug = unique(Slugs.DEFAULT.slugify(p.enTitle), enSlugs);
            p.key = p.enSlug;
            p.date = first.plusDays((long) i * 730 / n + random.nextInt(Math.max(1, 730 / n)));
            p.author = authors.get(random.nextInt(authors.size()));
            List<Integer> tagIdx = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
            Collections.shuffle(tagIdx, random);
            p.tags = List.copyOf(tagIdx.subList(0, 2 + random.nextInt(2)));
            List<Theme> themes = new ArrayList<>(List.of(THEMES));
            Collections.shuffle(themes, random);
            int count = 4 + random.nextInt(3);
            p.sections = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                p.sections.add(new Section(themes.get(s), s == 0 || random.nextInt(3) == 0));
            }
            p.affiliate = i % 10 == 3;
            p.bulletSection = random.nextInt(count);
            p.numberedSection = (p.bulletSection + 1 + random.nextInt(count - 1)) % count;
            p.affiliateSection = random.nextInt(count);
            plans.add(p);
        }
        for (Plan p : plans) {
            int links = 2 + random.nextInt(2);
            Set<Integer> targets = new HashSet<>();
            p.links = new ArrayList<>();
            while (p.links.size() < links) {
                int t = random.nextInt(n);
                if (t == p.index || !targets.add(t)) {
                    continue;
                }
                Section anchor = null;
                if (random.nextBoolean()) {
                    List<Section> withId = plans.get(t).sections.stream().filter(Section::explicitId).toList();
                    anchor = withId.get(random.nextInt(withId.size()));
                }
                p.links.add(new Link(t, anchor));
            }
        }
        return plans;
    }

    private static String unique(String slug, Set<String> used) {
        String s = slug;
        for (int k = 2; !used.add(s); k++) {
            s = slug + "-" + k;
        }
        return s;
    }

    // ---------------------------------------------------------------- text

    private static Map<String, String> headers(Language lang, Plan p) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("title", lang == PL ? p.plTitle : p.enTitle);
        h.put("date", p.date.toString());
        h.put("type", "post");
        h.put("status", "published");
        h.put("translationKey", p.key);
        h.put("author", p.author);
        h.put("summary", String.format(lang.summary, lang == PL ? p.topicPl : p.topicEn));
        h.put("tags", String.join(",", p.tags.stream().map(t -> lang.tags[t]).toList()));
        return h;
    }

    private static String body(Language lang, Plan p, List<Plan> plans, Random random) {
        List<List<String>> sections = new ArrayList<>();
        String intro = String.format(lang.intro, lang == PL ? p.topicPl : p.topicEn) + " " + paragraph(lang, random, 2);
        for (int s = 0; s < p.sections.size(); s++) {
            Section section = p.sections.get(s);
            List<String> blocks = new ArrayList<>();
            String heading = "## " + lang.heading(section.theme) + (section.explicitId ? " {#" + section.theme.id + "}" : "");
            blocks.add(heading);
            String first = paragraph(lang, random, 3 + random.nextInt(2));
            if (p.affiliate && s == p.affiliateSection) {
                first += " " + lang.affiliate;
            }
            for (int l = 0; l < p.links.size(); l++) {
                if (l % p.sections.size() == s) {
                    first += " " + linkSentence(lang, p.links.get(l), plans);
                }
            }
            blocks.add(first);
            if (s == p.bulletSection) {
                blocks.add(pick(lang.bulletIntros, random) + "\n\n" + list(lang.bullets, random, 3 + random.nextInt(3), false));
            }
            if (s == p.numberedSection) {
                blocks.add(pick(lang.stepIntros, random) + "\n\n" + list(lang.steps, random, 3 + random.nextInt(2), true));
            }
            sections.add(blocks);
        }
        int words = words(intro) + sections.stream().flatMap(List::stream).mapToInt(CorpusGenerator::words).sum();
        int s = random.nextInt(sections.size());
        while (words < TARGET_WORDS - 30) {
            String extra = paragraph(lang, random, 3 + random.nextInt(3));
            List<String> blocks = sections.get(s);
            blocks.add(blocks.size() > 2 ? blocks.size() - 1 : blocks.size(), extra);
            words += words(extra);
            s = (s + 1) % sections.size();
        }
        StringBuilder body = new StringBuilder("\n").append(intro).append("\n");
        for (List<String> blocks : sections) {
            for (String block : blocks) {
                body.append('\n').append(block).append('\n');
            }
        }
        return body.toString();
    }

    private static String linkSentence(Language lang, Link link, List<Plan> plans) {
        Plan target = plans.get(link.target);
        String title = lang == PL ? target.plTitle : target.enTitle;
        String url = "/" + lang.code + "/" + (lang == PL ? target.plSlug : target.enSlug) + "/";
        if (link.anchor == null) {
            return String.format(lang.link, title, url);
        }
        return String.format(lang.anchorLink, lang.heading(link.anchor.theme), url + "#" + link.anchor.theme.id, title);
    }

    private static String paragraph(Language lang, Random random, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence(lang, random));
        }
        return p.toString();
    }

    private static String sentence(Language lang, Random random) {
        if (random.nextInt(3) == 0) {
            return pick(lang.advice, random);
        }
        StringBuilder s = new StringBuilder();
        if (random.nextInt(3) > 0) {
            s.append(pick(lang.openers, random)).append(' ');
        }
        s.append(pick(lang.subjects, random)).append(' ').append(pick(lang.predicates, random)).append(pick(lang.tails, random)).append('.');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String list(String[] items, Random random, int count, boolean numbered) {
        List<String> pool = new ArrayList<>(List.of(items));
        Collections.shuffle(pool, random);
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            list.append(i > 0 ? "\n" : "").append(numbered ? (i + 1) + ". " : "- ").append(pool.get(i));
        }
        return list.toString();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** Words of prose: tokens with a letter or digit, Markdown markers not counted. */
    static int words(String text) {
        int n = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetter) && !token.startsWith("{#")) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- standing pages

    private static void writeStandingPages(Path target, List<Plan> plans, String editors) throws IOException {
        Plan first = plans.get(0);
        Plan second = plans.get(1);
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

        String pl404 = "\nPod tym adresem niczego nie ma. Być może link jest nieaktualny albo w adresie wkradła się literówka – zdarza się "
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
                + "początek polecamy tekst [" + first.plTitle + "](/pl/" + first.plSlug + "/) oraz część [" + PL.heading(second.sections.get(0).theme)
                + "](/pl/" + second.plSlug + "/#" + second.sections.get(0).theme.id + ").\n\n"
                + "## Bez śledzenia {#no-tracking}\n\nNie używamy ciasteczek ani narzędzi śledzących. Nie zapisujemy, co czytasz, skąd "
                + "przychodzisz ani jak długo zostajesz. Po prostu czytasz.\n";
        String enAbout = "\nThe Freelancer's Guide is an independent resource for freelancers and small agencies: designers, developers, "
                + "marketers and anyone else who finds their own clients and sends their own invoices.\n\n"
                + "## Who it is for {#who-for}\n\nAnyone who prices their own work and manages their own client relationships. To start, "
                + "read [" + first.enTitle + "](/en/" + first.enSlug + "/) and the section [" + EN.heading(second.sections.get(0).theme)
                + "](/en/" + second.enSlug + "/#" + second.sections.get(0).theme.id + ").\n\n"
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
        write(target.resolve("content/" + lang + "/" + name + ".md"), h, body);
    }

    // ---------------------------------------------------------------- files

    private static void write(Path file, Map<String, String> headers, String body) throws IOException {
        StringBuilder text = new StringBuilder();
        headers.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        text.append("~~~~~~\n").append(body);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void prepare(Path target) throws IOException {
        if (Files.exists(target)) {
            boolean empty;
            try (Stream<Path> list = Files.list(target)) {
                empty = list.findAny().isEmpty();
            }
            if (!empty && !Files.exists(target.resolve(MARKER))) {
                throw new IOException(target + " is not empty and was not generated by CorpusGenerator; refusing to replace it");
            }
            deleteTree(target);
        }
        Files.createDirectories(target);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> authorIds(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml().load(reader);
            if (!(root instanceof Map<?, ?> map) || map.isEmpty()) {
                throw new IOException(file + ": no authors");
            }
            return map.keySet().stream().map(String::valueOf).sorted().toList();
        }
    }

    // ---------------------------------------------------------------- vocabulary

    /** A section theme: a stable id (used as {@code {#id}} in both languages) and its heading per language. */
    private record Theme(String id, String pl, String en) {
    }

    private static final Theme[] THEMES = {
            new Theme("scope", "Zacznij od zakresu prac", "Start with the scope"),
            new Theme("payment-terms", "Ustal zasady płatności", "Agree on payment terms"),
            new Theme("contract", "Spisz umowę, zanim zaczniesz", "Put the contract in writing first"),
            new Theme("deposit", "Bierz zaliczkę przy większych zleceniach", "Take a deposit on larger jobs"),
            new Theme("revisions", "Ogranicz liczbę rund poprawek", "Limit the rounds of revisions"),
            new Theme("one-channel", "Ustal jeden kanał komunikacji", "Agree on one channel of communication"),
            new Theme("deadlines", "Pilnuj terminów po obu stronach", "Keep deadlines on both sides"),
            new Theme("value-pricing", "Wyceniaj efekt, a nie godziny", "Price the outcome, not the hours"),
            new Theme("invoices", "Wystawiaj faktury od razu", "Send invoices straight away"),
            new Theme("reminders", "Przypominaj o płatnościach uprzejmie, ale stanowczo", "Chase payments politely but firmly"),
            new Theme("feedback", "Zbieraj uwagi w jednym miejscu", "Collect feedback in one place"),
            new Theme("boundaries", "Wyznacz granice swojej dostępności", "Set limits on your availability"),
            new Theme("red-flags", "Rozpoznaj sygnały ostrzegawcze", "Spot the warning signs"),
            new Theme("portfolio", "Dbaj o portfolio i referencje", "Look after your portfolio and references"),
            new Theme("taxes", "Odkładaj pieniądze na podatki", "Set money aside for taxes"),
            new Theme("tools", "Wybierz narzędzia, które oszczędzają czas", "Choose tools that save you time"),
            new Theme("onboarding", "Przygotuj powitanie nowego klienta", "Prepare a welcome for new clients"),
            new Theme("offboarding", "Zakończ współpracę z klasą", "End the relationship gracefully"),
            new Theme("negotiation", "Negocjuj spokojnie i z argumentami", "Negotiate calmly and with evidence"),
            new Theme("workload", "Nie bierz więcej, niż udźwigniesz", "Do not take on more than you can carry"),
            new Theme("retainer", "Rozważ stałą umowę abonamentową", "Consider a monthly retainer"),
            new Theme("paper-trail", "Potwierdzaj ustalenia na piśmie", "Confirm agreements in writing"),
            new Theme("estimates", "Szacuj czas z zapasem", "Estimate time with a buffer"),
            new Theme("referrals", "Proś zadowolonych klientów o polecenia", "Ask happy clients for referrals"),
    };

    private static final String[][] TOPICS = {
            {"negocjować stawkę z nowym klientem", "negotiate your rate with a new client"},
            {"odzyskać zaległą płatność", "recover a late payment"},
            {"napisać dobrą umowę o dzieło", "write a good project contract"},
            {"ustalić zakres projektu", "define the scope of a project"},
            {"podnieść ceny stałym klientom", "raise prices for existing clients"},
            {"grzecznie odmówić klientowi", "say no to a client politely"},
            {"poradzić sobie z niekończącymi się poprawkami", "handle endless revisions"},
            {"zbudować stałą bazę klientów", "build a steady client base"},
            {"wycenić projekt strony internetowej", "price a website project"},
            {"poprowadzić pierwszą rozmowę z klientem", "run a first call with a client"},
            {"zaplanować urlop na własnym rachunku", "plan a holiday when you work for yourself"},
            {"uporządkować rozliczenia z urzędem skarbowym", "stay on top of your taxes"},
            {"przygotować ofertę, która sprzedaje", "write a proposal that sells"},
            {"zakończyć współpracę z trudnym klientem", "end a relationship with a difficult client"},
            {"współpracować z klientem z zagranicy", "work with a client abroad"},
            {"wybrać program do fakturowania", "choose invoicing software"},
            {"zorganizować tydzień pracy", "organise your working week"},
            {"zdobyć pierwsze zlecenie", "win your first job"},
            {"zatrudnić podwykonawcę", "hire a subcontractor"},
            {"przejść od freelancingu do agencji", "grow from freelancer to agency"},
            {"ustalić termin płatności faktury", "set invoice payment terms"},
            {"chronić prawa autorskie do swojej pracy", "protect the copyright in your work"},
            {"odpowiedzieć na negatywną opinię", "respond to a negative review"},
            {"prowadzić kilka projektów naraz", "run several projects at once"},
            {"zbierać rekomendacje od klientów", "collect testimonials from clients"},
            {"ustalić zaliczkę przed startem projektu", "agree a deposit before a project starts"},
            {"przygotować przekonujące portfolio", "put together a convincing portfolio"},
            {"zapanować nad mailami od klientów", "get on top of client email"},
            {"rozpoznać klienta, który nie zapłaci", "spot a client who will not pay"},
            {"wrócić do pracy po dłuższej przerwie", "get back to work after a long break"},
    };

    private static final String[] PATTERNS_PL = {
            "Jak %s: poradnik %s",
            "Jak %s bez stresu – wskazówki %s",
            "Czy warto %s? Odpowiedź %s",
            "Kiedy i jak %s – praktyka %s",
            "Jak skutecznie %s. Wskazówki %s",
            "Siedem sposobów, by %s: ściąga %s",
    };

    private static final String[] PATTERNS_EN = {
            "How to %s: a guide %s",
            "How to %s without the stress: tips %s",
            "Should you %s? An answer %s",
            "When and how to %s: notes %s",
            "How to %s well: advice %s",
            "Seven ways to %s: a cheat sheet %s",
    };

    private static final String[][] AUDIENCES = {
            {"dla grafików", "for designers"},
            {"dla programistów", "for developers"},
            {"dla copywriterów", "for copywriters"},
            {"dla tłumaczy", "for translators"},
            {"dla fotografów", "for photographers"},
            {"dla marketerów", "for marketers"},
            {"dla małych agencji", "for small agencies"},
            {"dla początkujących freelancerów", "for new freelancers"},
    };

    /** Everything the text generator needs in one language. */
    private static final class Language {
        final String code;
        String intro;
        String summary;
        String link;
        String anchorLink;
        String affiliate;
        String[] tags;
        String[] openers;
        String[] subjects;
        String[] predicates;
        String[] tails;
        String[] advice;
        String[] bullets;
        String[] bulletIntros;
        String[] steps;
        String[] stepIntros;

        Language(String code) {
            this.code = code;
        }

        String heading(Theme theme) {
            return code.equals("pl") ? theme.pl : theme.en;
        }
    }

    private static final Language PL = new Language("pl");
    private static final Language EN = new Language("en");

    static {
        PL.intro = "W tym artykule wyjaśniamy, jak %s, i podpowiadamy, od czego zacząć, żeby nie tracić czasu ani pieniędzy.";
        PL.summary = "Praktyczne wskazówki, jak %s: sygnały ostrzegawcze, sprawdzone kroki i przykłady z codziennej pracy.";
        PL.link = "Więcej piszemy o tym w artykule [%s](%s).";
        PL.anchorLink = "Zajrzyj też do części [%s](%s) w tekście „%s”.";
        PL.affiliate = "Do wystawiania faktur i automatycznych przypomnień o płatnościach możesz użyć programu "
                + "[FreshBooks](https://www.freshbooks.com/?ref=the-guide).";
        PL.tags = new String[]{"klienci", "finanse", "umowy", "komunikacja", "wycena", "narzędzia", "podatki", "współpraca"};
        PL.openers = new String[]{"W praktyce", "Z naszego doświadczenia wynika, że", "Warto pamiętać, że", "Najczęściej",
                "Bardzo często", "Nierzadko", "Zdarza się, że", "Nie da się ukryć, że", "Co ciekawe,", "W małych agencjach",
                "U wielu freelancerów", "Na początku współpracy", "Pod koniec projektu", "W gorącym okresie przed świętami"};
        PL.subjects = new String[]{"klient", "nowy zleceniodawca", "właściciel firmy", "kierownik projektu po stronie klienta",
                "dział księgowości", "stały klient", "menedżer marketingu", "prezes małej spółki", "współpracownik z agencji",
                "zleceniodawca z zagranicy", "osoba odpowiedzialna za zakupy", "wspólnik klienta"};
        PL.predicates = new String[]{"odkłada zapłatę za fakturę o kolejne tygodnie", "zmienia zakres prac bez żadnego uprzedzenia",
                "prosi o kolejną rundę poprawek", "próbuje negocjować stawkę już po zakończeniu projektu",
                "nie odpowiada na wiadomości przez kilka dni", "zgłasza uwagi dopiero po akceptacji projektu",
                "oczekuje odpowiedzi także w weekendy i święta", "chętnie poleca sprawdzonych wykonawców znajomym",
                "docenia jasne zasady i przejrzyste faktury", "przesyła sprzeczne uwagi od kilku osób naraz",
                "płaci w terminie, jeśli umowa jest precyzyjna", "traktuje wycenę jako punkt wyjścia do targowania się",
                "dzwoni wieczorem z pilnymi zmianami", "zapomina o materiałach, które miał dostarczyć",
                "zamawia dodatkowe prace bez pisemnego potwierdzenia", "szanuje twój czas i odpowiada rzeczowo"};
        PL.tails = new String[]{"", "", " mimo wcześniejszych ustaleń", ", choć umowa mówi co innego",
                ", a termin oddania zbliża się nieubłaganie", " i trudno przewidzieć, co będzie dalej",
                ", więc warto mieć plan awaryjny", ", dlatego każdą zmianę zapisuj w krótkiej notatce",
                ", co szybko odbija się na twoim budżecie", " i właśnie wtedy przydaje się spokojna rozmowa",
                ", przez co cały harmonogram się przesuwa", " bez słowa wyjaśnienia"};
        PL.advice = new String[]{"Zapisz ustalenia w jednym dokumencie i wyślij je klientowi do akceptacji.",
                "Nie bój się zadawać pytań, nawet jeśli wydają się oczywiste.",
                "Każdą dodatkową prośbę wyceniaj osobno, zanim zaczniesz pracę.",
                "Odpowiadaj rzeczowo i zawsze na piśmie, żeby później nie było nieporozumień.",
                "Sprawdź w umowie, jakie masz prawa, zanim podejmiesz decyzję.",
                "Daj sobie dzień na przemyślenie odpowiedzi, gdy emocje biorą górę.",
                "Pamiętaj, że twój czas też ma swoją cenę.",
                "Prowadź prosty rejestr godzin, nawet jeśli rozliczasz się ryczałtem.",
                "Ustal z góry, ile rund poprawek obejmuje wycena.",
                "Przy większych zleceniach bierz zaliczkę w wysokości co najmniej trzydziestu procent.",
                "Zaufaj swojemu doświadczeniu i nie obniżaj stawki pod presją.",
                "Porozmawiaj z innymi freelancerami o tym, jak radzą sobie w podobnych sytuacjach.",
                "Wyślij uprzejme przypomnienie dzień po terminie płatności, a nie tydzień później.",
                "Zadbaj o to, żeby klient wiedział, kto i kiedy odpowiada na jego pytania.",
                "Zachowaj kopie wszystkich plików i wiadomości aż do zakończenia rozliczeń.",
                "Łatwiej zapobiegać nieporozumieniom niż gasić pożary w ostatniej chwili.",
                "Źle opisany zakres prac to najczęstsze źródło sporów o pieniądze."};
        PL.bullets = new String[]{"jasny zakres prac i lista materiałów od klienta", "termin płatności zapisany w umowie",
                "liczba rund poprawek wliczonych w cenę", "jedna osoba kontaktowa po stronie klienta",
                "zasady akceptacji kolejnych etapów", "dopłata za pilne zlecenia i pracę w weekendy",
                "sposób przekazania plików i praw autorskich", "zaliczka przed rozpoczęciem prac",
                "godziny, w których odpowiadasz na wiadomości", "co się dzieje, gdy któraś ze stron się spóźnia"};
        PL.bulletIntros = new String[]{"Na co zwracać uwagę:", "Warto ustalić przede wszystkim:", "Przed startem sprawdź:"};
        PL.steps = new String[]{"Przeczytaj jeszcze raz umowę i notatki ze spotkań.", "Spisz, co dokładnie poszło nie tak i od kiedy.",
                "Zaproponuj klientowi krótką rozmowę.", "Przedstaw konkretne rozwiązanie i termin.",
                "Potwierdź ustalenia mailem jeszcze tego samego dnia.", "Wróć do tematu po tygodniu i sprawdź efekty.",
                "Zdecyduj, czy współpraca ma sens, i zakomunikuj to jasno."};
        PL.stepIntros = new String[]{"Sprawdzony schemat działania:", "Krok po kroku:", "Jak to zrobić w praktyce:"};

        EN.intro = "In this article we explain how to %s and where to start, so that you lose neither time nor money.";
        EN.summary = "Practical advice on how to %s: warning signs, proven steps and examples from everyday work.";
        EN.link = "We cover this in more detail in [%s](%s).";
        EN.anchorLink = "See also the section [%s](%s) in “%s”.";
        EN.affiliate = "To send invoices and automatic payment reminders, you can use "
                + "[FreshBooks](https://www.freshbooks.com/?ref=the-guide).";
        EN.tags = new String[]{"clients", "finance", "contracts", "communication", "pricing", "tools", "taxes", "collaboration"};
        EN.openers = new String[]{"In practice,", "In our experience,", "Remember that", "Most often,", "Very often,",
                "Now and then,", "It happens that", "Let us be honest:", "Interestingly,", "In small agencies,",
                "For many freelancers,", "At the start of a project,", "Towards the end of a project,", "In the busy weeks before the holidays,"};
        EN.subjects = new String[]{"the client", "a new client", "the business owner", "the project manager on the client's side",
                "the accounts department", "a regular client", "the marketing manager", "the director of a small company",
                "a colleague from the agency", "a client abroad", "the person in charge of purchasing", "the client's business partner"};
        EN.predicates = new String[]{"puts off paying the invoice for weeks", "changes the scope without any warning",
                "asks for yet another round of revisions", "tries to negotiate the rate after the project is finished",
                "does not answer messages for days", "sends comments only after the design was approved",
                "expects answers at weekends and on holidays", "happily recommends reliable contractors to friends",
                "appreciates clear rules and tidy invoices", "forwards conflicting comments from several people at once",
                "pays on time when the contract is precise", "treats your quote as an opening bid",
                "calls in the evening with urgent changes", "forgets the materials they promised to send",
                "orders extra work without confirming it in writing", "respects your time and answers to the point"};
        EN.tails = new String[]{"", "", " despite what you agreed", ", even though the contract says otherwise",
                ", while the deadline keeps getting closer", " and nobody can tell what happens next",
                ", so it pays to have a plan B", ", which is why you should note every change",
                ", which quickly shows in your budget", " and that is when a calm conversation helps",
                ", and the whole schedule slips", " without a word of explanation"};
        EN.advice = new String[]{"Put what you agreed in one document and send it to the client for approval.",
                "Do not be afraid to ask questions, even ones that seem obvious.",
                "Quote every extra request separately before you start on it.",
                "Answer to the point and always in writing, so there is no misunderstanding later.",
                "Check what your contract allows before you decide.",
                "Give yourself a day to think before you reply when emotions run high.",
                "Remember that your time has a price too.",
                "Keep a simple log of your hours, even when you charge a fixed fee.",
                "Agree up front how many rounds of revisions the quote includes.",
                "On larger jobs, take a deposit of at least thirty percent.",
                "Trust your experience and do not cut your rate under pressure.",
                "Talk to other freelancers about how they handle similar situations.",
                "Send a polite reminder the day after the payment is due, not a week later.",
                "Make sure the client knows who answers their questions and when.",
                "Keep copies of all files and messages until everything has been paid.",
                "It is easier to prevent misunderstandings than to put out fires at the last minute.",
                "A poorly described scope is the most common cause of disputes about money."};
        EN.bullets = new String[]{"a clear scope and a list of materials from the client", "a payment deadline written into the contract",
                "the number of revision rounds included in the price", "one contact person on the client's side",
                "how each stage is approved", "a surcharge for rush jobs and weekend work",
                "how files and rights are handed over", "a deposit before work begins",
                "the hours in which you answer messages", "penalties for delays on either side"};
        EN.bulletIntros = new String[]{"What to watch for:", "Agree on these first:", "Before you start, check:"};
        EN.steps = new String[]{"Read the contract and your meeting notes again.", "Write down exactly what went wrong and since when.",
                "Suggest a short call with the client.", "Propose a concrete solution and a date.",
                "Confirm what you agreed by email the same day.", "Come back to it a week later and check the results.",
                "Decide whether the relationship still makes sense, and say so clearly."};
        EN.stepIntros = new String[]{"A tried and tested approach:", "Step by step:", "How to do it in practice:"};
    }
}
