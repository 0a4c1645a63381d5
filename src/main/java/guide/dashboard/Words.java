package guide.dashboard;

import guide.content.DocumentType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The dashboard's words for states, kinds of page and dates (the dashboard is an English tool for editors). */
final class Words {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Words() {
    }

    static String kind(DocumentType type) {
        return switch (type) {
            case POST -> "article";
            case PAGE -> "standing page";
            case HOME -> "home page";
            case QUIZ -> "quiz";
            case NOTFOUND -> "not-found page";
        };
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        return items.size() < 2 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
