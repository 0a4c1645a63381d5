package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.site.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The match step of an import ({@link XliffImporter}): each unit the export gave the file, matched with the unit that came back,
 * and its target checked and made the translation's Markdown (placeholders as the source has them, links pointed at the target
 * language's pages). A unit missing, extra, without a target or with broken placeholders is a problem at its line, and a file in
 * which no unit has a target is one problem: an export nobody translated yet.
 */
final class UnitTargets {
    private final XliffFile file;
    private final LinkLocalizer links;

    UnitTargets(XliffFile file, LinkLocalizer links) {
        this.file = file;
        this.links = links;
    }

    /**
     * Each expected unit's target Markdown, by unit id; problems for missing, extra, empty or broken ones ({@code exported}:
     * what the export's targets were, to name a broken link as the translator saw it). A file in which no unit has a target
     * is an export nobody translated yet: one problem says so, rather than one per unit.
     *
     * @param changed the source has changed since the export (imported with --force): the file, not the source, says whether
     *                it has a summary
     */
    Map<String, TaggedText> of(ContentDocument source, boolean changed, ExportedTargets exported, List<Problem> problems) {
        List<String> expected = expected(source, changed);
        if (file.units().stream().allMatch(u -> u.target() == null || u.target().markdown().isBlank())) {
            int line = file.units().isEmpty() ? 1 : file.units().get(0).line();
            problems.add(new Problem(file.file(), line, (file.units().size() == 1 ? "its only unit has no target"
                    : "none of its " + file.units().size() + " units has a target") + ": it has not been translated yet; translate it in a CAT tool, then import it"));
            return Map.of();
        }
        Map<String, ReadUnit> byId = new LinkedHashMap<>();
        for (ReadUnit unit : file.units()) {
            if (!expected.contains(unit.id()) || byId.putIfAbsent(unit.id(), unit) != null) {
                problems.add(new Problem(file.file(), unit.line(), unit.label() + " is extra: it is not a unit of " + file.sourcePath()
                        + " as exported; remove it or export again"));
            }
        }
        Map<String, TaggedText> targets = new LinkedHashMap<>();
        for (String id : expected) {
            ReadUnit unit = byId.get(id);
            if (unit == null) {
                problems.add(new Problem(file.file(), 1, "unit " + id + " is missing: every unit of the export must come back"));
            } else if (Unit.isSection(id)) {
                section(unit, problems).ifPresent(text -> targets.put(id, text));
            } else if (unit.target() == null || unit.target().markdown().isBlank()) {
                problems.add(new Problem(file.file(), unit.line(), unit.label() + " has no target: translate it"));
            } else {
                target(unit, exported, problems).ifPresent(text -> targets.put(id, text));
            }
        }
        return targets;
    }

    /** The units the export gave the file: the title, the summary when there is one, and each slot of the skeleton. */
    private List<String> expected(ContentDocument source, boolean changed) {
        List<String> expected = new ArrayList<>();
        expected.add(Unit.TITLE);
        boolean summary = changed ? file.unit(Unit.SUMMARY).isPresent() : source.summary() != null && !source.summary().isBlank();
        if (summary) {
            expected.add(Unit.SUMMARY);
        }
        expected.addAll(file.skeleton().slots());
        return expected;
    }

    private Optional<TaggedText> target(ReadUnit unit, ExportedTargets exported, List<Problem> problems) {
        Optional<String> wrong = PlaceholderCheck.check(unit.source(), unit.target(), exported.linkEnds(unit));
        boolean plain = unit.id().equals(Unit.TITLE) || unit.id().equals(Unit.SUMMARY);
        TaggedText text = links.localize(unit.source(), TargetText.prepared(unit.source(), unit.target()), file.sourceLang(), file.targetLang());
        if (wrong.isEmpty() && plain && (text.markdown().contains("\n") || !text.tags().isEmpty())) {
            wrong = Optional.of("the " + unit.id() + " is one line: remove the line break");
        }
        wrong.ifPresent(message -> problems.add(new Problem(file.file(), unit.line(), unit.label() + ": " + message)));
        return wrong.isPresent() ? Optional.empty() : Optional.of(text);
    }

    /**
     * A whole section's target: the translation's own Markdown, so only the order of its placeholders
     * is checked here. Empty, it keeps the section out of the translation where the export allowed
     * that (the translation had no such section); so does a target that is still a copy of its source,
     * which is what CAT tools write for a segment nobody translated.
     */
    private Optional<TaggedText> section(ReadUnit unit, List<Problem> problems) {
        TaggedText prepared = TargetText.prepared(unit.source(), unit.target() == null ? TaggedText.of("") : unit.target());
        boolean optional = file.optional().contains(unit.id());
        if (optional && prepared.markdown().equals(unit.source().markdown())) {
            return Optional.of(TaggedText.of(""));
        }
        if (prepared.isEmpty()) {
            if (optional) {
                return Optional.of(prepared);
            }
            problems.add(new Problem(file.file(), unit.line(), unit.label() + " has no target: translate it"));
            return Optional.empty();
        }
        Optional<String> wrong = PlaceholderCheck.checkOrder(prepared);
        wrong.ifPresent(message -> problems.add(new Problem(file.file(), unit.line(), unit.label() + ": " + message)));
        return wrong.isPresent() ? Optional.empty()
                : Optional.of(links.localize(unit.source(), prepared, file.sourceLang(), file.targetLang()));
    }
}
