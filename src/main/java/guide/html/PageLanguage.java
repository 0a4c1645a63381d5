package guide.html;

import guide.check.LegalCitations;
import guide.content.Slugs;
import guide.i18n.Digits;
import guide.i18n.UiStrings;
import guide.site.Language;
import guide.site.SiteConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the HTML passes need to know about a page's language: how its headings become ids, its
 * typography, the label of affiliate links, and the terms of legal statements that must cite their
 * basis (null when the language lists none).
 */
public record PageLanguage(Slugs slugs, Typography typography, String affiliateLabel, LegalCitations legal,
                           FootnoteBackLinks.FootnoteWords footnotes) {

    /** Without footnote words: the notes keep their bare back links and get no heading. */
    public PageLanguage(Slugs slugs, Typography typography, String affiliateLabel, LegalCitations legal) {
        this(slugs, typography, affiliateLabel, legal, null);
    }

    /** Each configured language's settings, by code; a page outside every language (the root page) takes the default language's. */
    public static Function<String, PageLanguage> forSite(SiteConfig config, UiStrings ui) {
        Map<String, PageLanguage> byCode = new HashMap<>();
        for (String code : config.languages()) {
            Language language = config.language(code);
            byCode.put(code, new PageLanguage(Slugs.of(language.transliteration()), new Typography(language), ui.text(code, "affiliateLabel"),
                    LegalCitations.of(language.legalTerms()),
                    new FootnoteBackLinks.FootnoteWords(ui.text(code, "footnotesTitle"), ui.text(code, "footnoteBack"), ui.text(code, "footnoteBackOf"),
                            Digits.of(language.locale()))));
        }
        PageLanguage fallback = byCode.get(config.defaultLanguage());
        return code -> byCode.getOrDefault(code, fallback);
    }
}
