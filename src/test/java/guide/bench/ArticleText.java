package guide.bench;

import guide.bench.ArticlePlan.Link;
import guide.bench.ArticlePlan.Section;
import guide.bench.CorpusVocabulary.Language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static guide.bench.CorpusVocabulary.PL;

/**
 * The text of one article of the benchmark corpus in one language, from its plan: the header lines,
 * and a Markdown body of about {@link #TARGET_WORDS} words (an intro, sections with headings, a
 * bulleted and a numbered list, links to other articles, now and then an affiliate link), its
 * sentences drawn from {@link CorpusVocabulary} with the article's own random numbers.
 */
final class ArticleText {
    static final int TARGET_WORDS = 800;

    private ArticleText() {
    }

    /** The article's header lines in {@code lang}, in the order they are written. */
    static Map<String, String> headers(Language lang, ArticlePlan p) {
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

    /** The article's Markdown in {@code lang}: an intro, its sections, lists and links, padded to about {@link #TARGET_WORDS} words. */
    static String body(Language lang, ArticlePlan p, List<ArticlePlan> plans, Random random) {
        List<List<String>> sections = new ArrayList<>();
        String intro = String.format(lang.intro, lang == PL ? p.topicPl : p.topicEn) + " " + paragraph(lang, random, 2);
        for (int s = 0; s < p.sections.size(); s++) {
            Section section = p.sections.get(s);
            List<String> blocks = new ArrayList<>();
            String heading = "## " + lang.heading(section.theme()) + (section.explicitId() ? " {#" + section.theme().id() + "}" : "");
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
        int words = words(intro) + sections.stream().flatMap(List::stream).mapToInt(ArticleText::words).sum();
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

    private static String linkSentence(Language lang, Link link, List<ArticlePlan> plans) {
        ArticlePlan target = plans.get(link.target());
        String title = lang == PL ? target.plTitle : target.enTitle;
        String url = "/" + lang.code + "/" + (lang == PL ? target.plSlug : target.enSlug) + "/";
        if (link.anchor() == null) {
            return String.format(lang.link, title, url);
        }
        return String.format(lang.anchorLink, lang.heading(link.anchor().theme()), url + "#" + link.anchor().theme().id(), title);
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
}
