package guide.bench;

import java.util.Map;

/**
 * What the benchmark corpus's text is made of, in Polish and English: the section themes (a stable id
 * and a heading per language), the article topics, title patterns and audiences, and per language the
 * sentence parts, advice, lists and link phrasings that {@link ArticleText} draws from. Data only,
 * kept apart from the code that picks from it: a fixed seed picks, so the same N gives the same corpus.
 */
final class CorpusVocabulary {
    private CorpusVocabulary() {
    }

    /** A section theme: a stable id (used as {@code {#id}} in both languages) and its heading per language. */
    record Theme(String id, String pl, String en) {
    }

    static final Theme[] THEMES = {
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

    static final String[][] TOPICS = {
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

    static final String[] PATTERNS_PL = {
            "Jak %s: poradnik %s",
            "Jak %s bez stresu – wskazówki %s",
            "Czy warto %s? Odpowiedź %s",
            "Kiedy i jak %s – praktyka %s",
            "Jak skutecznie %s. Wskazówki %s",
            "Siedem sposobów, by %s: ściąga %s",
    };

    static final String[] PATTERNS_EN = {
            "How to %s: a guide %s",
            "How to %s without the stress: tips %s",
            "Should you %s? An answer %s",
            "When and how to %s: notes %s",
            "How to %s well: advice %s",
            "Seven ways to %s: a cheat sheet %s",
    };

    static final String[][] AUDIENCES = {
            {"dla grafików", "for designers"},
            {"dla programistów", "for developers"},
            {"dla copywriterów", "for copywriters"},
            {"dla tłumaczy", "for translators"},
            {"dla fotografów", "for photographers"},
            {"dla marketerów", "for marketers"},
            {"dla małych agencji", "for small agencies"},
            {"dla początkujących freelancerów", "for new freelancers"},
    };

    /**
     * Shorter forms of audiences and topics, said the same way, for the titles that would otherwise be longer than the
     * build's {@link guide.check.LongTitles#LIMIT}: {@link ArticlePlan} shortens the audience first, then the topic too.
     * Every other title keeps the full forms, so a corpus changes only where its build would have warned.
     */
    static final Map<String, String> SHORTER = Map.ofEntries(
            Map.entry("dla początkujących freelancerów", "dla nowych freelancerów"),
            Map.entry("dla małych agencji", "dla agencji"),
            Map.entry("poradzić sobie z niekończącymi się poprawkami", "opanować niekończące się poprawki"),
            Map.entry("uporządkować rozliczenia z urzędem skarbowym", "uporządkować rozliczenia podatkowe"),
            Map.entry("poprowadzić pierwszą rozmowę z klientem", "odbyć pierwszą rozmowę z klientem"),
            Map.entry("zakończyć współpracę z trudnym klientem", "rozstać się z trudnym klientem"),
            Map.entry("chronić prawa autorskie do swojej pracy", "chronić swoje prawa autorskie"),
            Map.entry("ustalić zaliczkę przed startem projektu", "ustalić zaliczkę przed projektem"),
            Map.entry("plan a holiday when you work for yourself", "plan a holiday as a freelancer"),
            Map.entry("end a relationship with a difficult client", "part ways with a difficult client"));

    /** Everything the text generator needs in one language. */
    static final class Language {
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

    static final Language PL = new Language("pl");
    static final Language EN = new Language("en");

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
