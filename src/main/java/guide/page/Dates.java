package guide.page;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import guide.site.SiteConfig;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates in the page's language, with CLDR's long date format ("20 listopada 2026", "20 November
 * 2026", "20 листопада 2026 р."), so a new language needs no date pattern of its own.
 */
public final class Dates {
    private final SiteConfig config;
    private final Map<String, ThreadLocal<DateFormat>> formats = new ConcurrentHashMap<>();

    public Dates(SiteConfig config) {
        this.config = config;
    }

    public DateText of(LocalDate date, String lang) {
        return new DateText(date.toString(), text(date, lang));
    }

    /** The date as readers of {@code lang} write it. */
    public String text(LocalDate date, String lang) {
        DateFormat format = formats.computeIfAbsent(lang, l -> ThreadLocal.withInitial(() -> longFormat(config.language(l).locale()))).get();
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * {@code sentence}, an interface string, with {@code date} put in for {@code {date}}. A date that ends with a full
     * stop, as CLDR's Ukrainian one does ("10 березня 2026 р."), ends the sentence too: no second stop after it.
     */
    public static String into(String sentence, String date) {
        String filled = sentence.replace("{date}", date);
        return date.endsWith(".") ? filled.replace(date + ".", date) : filled;
    }

    private static DateFormat longFormat(ULocale locale) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    }
}
