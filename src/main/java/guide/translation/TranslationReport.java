package guide.translation;

import guide.concurrent.AllCores;
import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.translation.TranslationState.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The state of every translationKey in every language: source, current, outdated (with what
 * changed, and what its stamp lists as still to review), draft (a translation not published yet), missing or orphaned. The source of a key is the language its translations were
 * stamped from; failing that, the language named by {@code sourceLanguage=}; failing that, the
 * site's default language; failing that, the oldest version.
 */
public final class TranslationReport {
    public static final String SOURCE_LANGUAGE_KEY = "sourceLanguage";

    private final List<String> languages;
    private final Map<String, Map<String, TranslationState>> byKey;

    private TranslationReport(List<String> languages, Map<String, Map<String, TranslationState>> byKey) {
        this.languages = languages;
        this.byKey = byKey;
    }

    /** The report of a project's content as the editors' commands read it. */
    public static TranslationReport of(SiteContent content) {
        return of(content, StampedSource.Lookup.git(content.config().projectDir()));
    }

    /** @param history where the text of a source as it was stamped is found, to show what changed inside an edited block */
    public static TranslationReport of(SiteContent content, StampedSource.Lookup history) {
        return of(content.config().languages(), content.config().defaultLanguage(), content.documents(), true, SourceRevision::of, history);
    }

    /**
     * @param withChanges false to skip working out what changed in outdated translations (the build
     *                    only needs their status)
     */
    public static TranslationReport of(List<String> languages, String defaultLanguage, List<ContentDocument> documents, boolean withChanges) {
        return of(languages, defaultLanguage, documents, withChanges, SourceRevision::of);
    }

    /** @param revisionOf the current revision of a source document, its summary tracked (lets callers remember it between builds) */
    public static TranslationReport of(List<String> languages, String defaultLanguage, List<ContentDocument> documents, boolean withChanges,
                                       Function<ContentDocument, SourceRevision> revisionOf) {
        return of(languages, defaultLanguage, documents, withChanges, revisionOf, StampedSource.Lookup.NONE);
    }

    private static TranslationReport of(List<String> languages, String defaultLanguage, List<ContentDocument> documents, boolean withChanges,
                                        Function<ContentDocument, SourceRevision> revisionOf, StampedSource.Lookup history) {
        Map<String, Map<String, ContentDocument>> groups = new TreeMap<>();
        for (ContentDocument doc : documents) {
            groups.computeIfAbsent(doc.translationKey(), k -> new LinkedHashMap<>()).putIfAbsent(doc.lang(), doc);
        }
        // Keys are independent (hashing each source's blocks is the work): on all cores, then in key order.
        List<Map.Entry<String, Map<String, TranslationState>>> computed = AllCores.map(List.copyOf(groups.entrySet()), group -> {
            String key = group.getKey();
            Map<String, ContentDocument> versions = group.getValue();
            String sourceLang = sourceLanguage(versions, defaultLanguage, languages);
            Map<String, TranslationState> states = new LinkedHashMap<>();
            for (String lang : languages) {
                states.put(lang, state(key, lang, sourceLang, versions, withChanges ? history : null, revisionOf));
            }
            return Map.entry(key, states);
        });
        Map<String, Map<String, TranslationState>> byKey = new LinkedHashMap<>();
        computed.forEach(entry -> byKey.put(entry.getKey(), entry.getValue()));
        return new TranslationReport(languages, byKey);
    }

    /** @param history where to find the stamped source's text (NONE: nowhere), or null to leave out what changed */
    private static TranslationState state(String key, String lang, String sourceLang, Map<String, ContentDocument> versions,
                                          StampedSource.Lookup history, Function<ContentDocument, SourceRevision> revisionOf) {
        ContentDocument doc = versions.get(lang);
        ContentDocument source = versions.get(sourceLang);
        if (doc == null) {
            return new TranslationState(key, lang, Status.MISSING, null, source, List.of(),
                    lang.equals(sourceLang) ? "the source is gone" : "");
        }
        if (doc.draft()) {
            return new TranslationState(key, lang, Status.DRAFT, doc, source, List.of(), "not published yet");
        }
        if (lang.equals(sourceLang)) {
            return new TranslationState(key, lang, Status.SOURCE, doc, doc, List.of(), "");
        }
        if (source == null) {
            return new TranslationState(key, lang, Status.ORPHANED, doc, null, List.of(), "its " + sourceLang + " source is gone");
        }
        String header = doc.frontMatter().get(SourceRevision.KEY);
        if (header == null) {
            return new TranslationState(key, lang, Status.OUTDATED, doc, source, List.of(), "never stamped");
        }
        Optional<StampFault> fault = fault(doc, header, sourceLang, versions);
        if (fault.isPresent()) {
            return TranslationState.faulty(key, lang, doc, source, fault.get());
        }
        SourceRevision stamp = SourceRevision.parse(header).orElseThrow(); // fault() found it readable
        SourceRevision now = revisionOf.apply(source);
        if (!stamp.behind(now) && !stamp.toReview()) {
            return new TranslationState(key, lang, Status.CURRENT, doc, source, List.of(), "");
        }
        List<SourceChange> changes = history == null ? List.of() : SourceDiff.between(stamp, source);
        if (changes.stream().anyMatch(c -> c.kind() == SourceChange.Kind.EDITED)) { // only then is the old text worth looking for
            changes = SourceDiff.between(stamp, source, history.find(source, stamp));
        }
        boolean onlyReview = !changes.isEmpty() && changes.stream().allMatch(c -> c.kind() == SourceChange.Kind.REVIEW);
        return new TranslationState(key, lang, Status.OUTDATED, doc, source, changes,
                onlyReview ? "parts of it were still marked for review at the last XLIFF import" : "the source has changed since the stamp");
    }

    /**
     * What keeps the stamp line {@code header} of the translation {@code doc} from counting as its own, if anything: it
     * cannot be read, it names the file's own language as its source's, or it was written for the version in another
     * language (a copy of that translation's file, or, when that language is the source's, no translation's stamp at all).
     */
    private static Optional<StampFault> fault(ContentDocument doc, String header, String sourceLang, Map<String, ContentDocument> versions) {
        int line = doc.frontMatter().lineOf(SourceRevision.KEY);
        Optional<String> unreadable = SourceRevision.unreadable(header);
        if (unreadable.isPresent()) {
            return Optional.of(new StampFault.Unreadable(line, unreadable.get()));
        }
        SourceRevision stamp = SourceRevision.parse(header).orElseThrow(); // no fault: readable
        if (stamp.lang().equals(doc.lang())) {
            return Optional.of(new StampFault.OwnLanguage(line, doc.lang(), sourceLang));
        }
        if (stamp.writtenFor(doc.lang())) {
            return Optional.empty();
        }
        String target = stamp.target();
        if (target.equals(sourceLang)) {
            return Optional.of(new StampFault.SourceLanguage(line, target, doc.lang()));
        }
        ContentDocument from = versions.get(target);
        return Optional.of(new StampFault.CopiedTranslation(line, target, from == null ? null : from.source().toString().replace('\\', '/')));
    }

    private static String sourceLanguage(Map<String, ContentDocument> versions, String defaultLanguage, List<String> languages) {
        for (ContentDocument doc : versions.values()) {
            Optional<SourceRevision> stamp = SourceRevision.parse(doc.frontMatter().get(SourceRevision.KEY))
                    .filter(s -> !s.lang().equals(doc.lang())); // a file is no translation of itself: its stamp names no source
            if (stamp.isPresent()) {
                return stamp.get().lang();
            }
        }
        for (ContentDocument doc : versions.values()) {
            String explicit = doc.frontMatter().get(SOURCE_LANGUAGE_KEY);
            if (explicit != null) {
                return explicit;
            }
        }
        if (versions.containsKey(defaultLanguage)) {
            return defaultLanguage;
        }
        return versions.values().stream()
                .min(Comparator.comparing(ContentDocument::date).thenComparing(d -> languages.indexOf(d.lang())))
                .map(ContentDocument::lang).orElse(defaultLanguage);
    }

    public List<String> languages() {
        return languages;
    }

    /** Every key, sorted, with its state per language in the configured order. */
    public Map<String, Map<String, TranslationState>> byKey() {
        return byKey;
    }

    /** The state of one document's language version. */
    public Optional<TranslationState> stateOf(ContentDocument doc) {
        return Optional.ofNullable(byKey.getOrDefault(doc.translationKey(), Map.of()).get(doc.lang()));
    }

    public List<TranslationState> all() {
        List<TranslationState> all = new ArrayList<>();
        byKey.values().forEach(states -> all.addAll(states.values()));
        return all;
    }

    /** True if any state has one of the given statuses. */
    public boolean any(Set<Status> statuses) {
        return all().stream().anyMatch(s -> statuses.contains(s.status()));
    }

    /** Counts per status, for a one-line summary. */
    public Map<Status, Long> counts() {
        List<TranslationState> all = all();
        Map<Status, Long> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            long n = all.stream().filter(s -> s.status() == status && !s.sourceGone()).count();
            if (n > 0) {
                counts.put(status, n);
            }
        }
        return counts;
    }
}
