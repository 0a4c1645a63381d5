package guide.bench;

import guide.bench.CorpusVocabulary.Theme;
import guide.check.LongTitles;
import guide.content.Slugs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static guide.bench.CorpusVocabulary.AUDIENCES;
import static guide.bench.CorpusVocabulary.PATTERNS_EN;
import static guide.bench.CorpusVocabulary.PATTERNS_PL;
import static guide.bench.CorpusVocabulary.SHORTER;
import static guide.bench.CorpusVocabulary.THEMES;
import static guide.bench.CorpusVocabulary.TOPICS;

/**
 * The plan of one article of the benchmark corpus, drawn with the corpus's random numbers before any
 * text is written: its titles and slugs in both languages, date, author, tags, sections (and which
 * carry an {@code {#id}}), where its lists and affiliate link go, and the articles it links to (some
 * to a section of theirs). Every article is planned first, so that links can name their targets'
 * titles and sections; {@link ArticleText} then writes each from its plan.
 */
final class ArticlePlan {
    /** A section of an article: its theme and whether it carries an explicit {@code {#id}}. */
    record Section(Theme theme, boolean explicitId) {
    }

    /** A link to another article, optionally to one of its sections with an explicit id. */
    record Link(int target, Section anchor) {
    }

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

    private ArticlePlan() {
    }

    /** Plans {@code n} articles, drawing from {@code random} (the corpus's, seeded). */
    static List<ArticlePlan> all(int n, List<String> authors, Random random) {
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
        List<ArticlePlan> plans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] c = combos.get(i % combos.size());
            int part = i / combos.size() + 1;
            ArticlePlan p = new ArticlePlan();
            p.index = i;
            p.topicPl = TOPICS[c[0]][0];
            p.topicEn = TOPICS[c[0]][1];
            p.plTitle = title(PATTERNS_PL[c[1]], p.topicPl, AUDIENCES[c[2]][0], part > 1 ? " (część " + part + ")" : "");
            p.enTitle = title(PATTERNS_EN[c[1]], p.topicEn, AUDIENCES[c[2]][1], part > 1 ? " (part " + part + ")" : "");
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
        linkEach(plans, random);
        return plans;
    }

    /**
     * A title from its pattern, topic, audience and part suffix, within the build's {@link LongTitles#LIMIT}: as it is,
     * or else with the audience's {@linkplain CorpusVocabulary#SHORTER shorter form}, or else with the topic's as well.
     *
     * @throws IllegalStateException if even the shorter forms make a title the build would warn about
     */
    static String title(String pattern, String topic, String audience, String suffix) {
        String shorterAudience = SHORTER.getOrDefault(audience, audience);
        List<String> tried = List.of(String.format(pattern, topic, audience) + suffix,
                String.format(pattern, topic, shorterAudience) + suffix,
                String.format(pattern, SHORTER.getOrDefault(topic, topic), shorterAudience) + suffix);
        return tried.stream().filter(t -> t.codePointCount(0, t.length()) <= LongTitles.LIMIT).findFirst()
                .orElseThrow(() -> new IllegalStateException("the corpus title \"" + tried.get(2) + "\" is over "
                        + LongTitles.LIMIT + " characters even with the shorter forms in CorpusVocabulary.SHORTER: add a shorter form"));
    }

    /** Gives each article two or three links to others, some to a section's explicit id, drawn from {@code random}. */
    private static void linkEach(List<ArticlePlan> plans, Random random) {
        int n = plans.size();
        for (ArticlePlan p : plans) {
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
    }

    private static String unique(String slug, Set<String> used) {
        String s = slug;
        for (int k = 2; !used.add(s); k++) {
            s = slug + "-" + k;
        }
        return s;
    }
}
