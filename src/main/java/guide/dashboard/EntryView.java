package guide.dashboard;

import guide.translation.AlignedChange;
import guide.translation.GitHistory;
import guide.translation.SourceChange;
import guide.translation.WordDiff;
import guide.translation.TranslationState.Status;
import org.jsoup.nodes.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * One document of the dashboard as HTML: its title (linked to the page in the preview), state (and, for a published
 * translation still in part its source's words, a mark and what is copied, as {@code ./guide translations} names it),
 * files and dates; for an outdated translation each changed source block beside the translation's
 * block (and each block its stamp lists to review beside its translation); and what to do, with the
 * exact commands (each with a copy button the script shows) and, in the preview, its XLIFF download.
 */
final class EntryView {
    /** The mark of a published translation that is still in part its source's text or tags, beside its state. */
    static final String UNTRANSLATED = "Not fully translated";
    private final Function<String, String> languageName;
    private final GitHistory history;

    /** @param history why an edited block's text at the stamp may not be known, for the note under it */
    EntryView(Function<String, String> languageName, GitHistory history) {
        this.languageName = languageName;
        this.history = history;
    }

    void appendTo(Element list, DashboardEntry entry) {
        String id = "entry-" + entry.id();
        Element article = list.appendElement("li").appendElement("article").addClass("dash-entry").id(id)
                .attr("data-state", entry.state().word()).attr("data-lang", entry.lang()).attr("aria-labelledby", id + "-title");
        Element title = article.appendElement("h3").id(id + "-title");
        Element name = entry.url() == null ? title.appendElement("span") : title.appendElement("a").attr("href", entry.url());
        name.attr("lang", entry.titleLang()).text(entry.title());
        Element badges = article.appendElement("p").addClass("dash-badges");
        badges.appendElement("span").addClass("dash-state").attr("data-state", entry.state().word()).text(entry.state().label());
        if (entry.marked()) { // current by its stamp, perhaps, but its readers still get some of the source's words
            article.attr("data-untranslated", "");
            badges.appendElement("span").addClass("dash-flag").text(UNTRANSLATED);
        }
        badges.appendElement("span").addClass("dash-badge").text(languageName.apply(entry.lang()));
        badges.appendElement("span").addClass("dash-badge").text(Words.kind(entry.type()));
        facts(article, entry);
        if (!entry.changes().isEmpty()) {
            changes(article, entry);
        }
        actions(article, entry, id);
    }

    private void facts(Element article, DashboardEntry entry) {
        Element dl = article.appendElement("dl").addClass("dash-facts");
        if (entry.source() != null) {
            fact(dl, "Source (" + languageName.apply(entry.sourceLang()) + ")", entry.source(), entry.sourceDate());
        }
        fact(dl, "Translation", entry.file(), entry.date());
        String note = note(entry);
        if (!note.isEmpty()) {
            Element div = dl.appendElement("div");
            div.appendElement("dt").text("Note");
            div.appendElement("dd").text(note);
        }
        if (entry.marked()) {
            Element div = dl.appendElement("div").addClass("dash-untranslated");
            div.appendElement("dt").text("Still copied");
            Element dd = div.appendElement("dd");
            entry.untranslated().forEach(part -> dd.appendElement("p").text("Line " + part.line() + ": " + part.text() + "."));
        }
    }

    /** A file and the date its header gives it, as readers see it: "content/pl/x.md, updated 14 February 2026". */
    private static void fact(Element dl, String label, String file, HeaderDate date) {
        Element div = dl.appendElement("div");
        div.appendElement("dt").text(label);
        Element dd = div.appendElement("dd");
        if (file == null) {
            dd.text("none yet");
            return;
        }
        dd.appendElement("code").text(file);
        if (date != null) {
            dd.appendText(", " + date.verb() + " ");
            dd.appendElement("time").attr("datetime", date.date().toString()).text(Words.date(date.date()));
        }
    }

    private static String note(DashboardEntry entry) {
        return switch (entry.status()) {
            case DRAFT -> "Not published yet: set status=published in its front matter when it is ready.";
            case ORPHANED -> entry.sourceUnreadable() ? entry.note() + "."
                    : "Its source is gone: delete it, or give it the translationKey of the page it translates.";
            case OUTDATED -> entry.copied() ? Character.toUpperCase(entry.note().charAt(0)) + entry.note().substring(1)
                    + "; translate it from " + entry.source() + ", then stamp it."
                    : entry.changes().isEmpty() ? Character.toUpperCase(entry.note().charAt(0)) + entry.note().substring(1)
                    + ". With no usable stamp, nothing says what has changed in the source since it was translated: compare the"
                    + " translation with the source by hand, then stamp it." : "";
            case MISSING -> entry.note().isEmpty() ? "" : Character.toUpperCase(entry.note().charAt(0)) + entry.note().substring(1) + ".";
            default -> "";
        };
    }

    private void changes(Element article, DashboardEntry entry) {
        boolean review = entry.changes().stream().anyMatch(c -> c.change().kind() == SourceChange.Kind.REVIEW);
        boolean changed = entry.changes().stream().anyMatch(c -> c.change().kind() != SourceChange.Kind.REVIEW);
        article.appendElement("h4").text(!review ? "What has changed in the source since the stamp" : !changed ? "What is still marked for review"
                : "What has changed in the source since the stamp, and what is still marked for review");
        Element list = article.appendElement("ol").addClass("dash-changes");
        String sourceName = languageName.apply(entry.sourceLang());
        String name = languageName.apply(entry.lang());
        for (AlignedChange aligned : entry.changes()) {
            Element pair = list.appendElement("li").addClass("dash-change").attr("data-change", aligned.change().kind().name().toLowerCase(Locale.ROOT));
            Element left = pair.appendElement("div").addClass("dash-side");
            boolean summary = aligned.placement() == AlignedChange.Placement.SUMMARY;
            left.appendElement("p").addClass("dash-label").text(summary ? summaryLabel(aligned, sourceName) : sourceLabel(aligned, sourceName));
            String sourceText = aligned.change().kind() == SourceChange.Kind.REMOVED
                    ? (summary ? "(no summary now)" : aligned.change().text().isEmpty() ? "(at the start)" : aligned.change().text())
                    : aligned.change().text();
            Element text = left.appendElement("p").addClass("dash-text").attr("data-source-block", "").attr("lang", entry.sourceLang());
            if (aligned.change().old() != null) {
                marked(text, aligned.change().old(), aligned.change().text());
            } else {
                text.text(sourceText);
            }
            if (aligned.change().kind() == SourceChange.Kind.EDITED && aligned.change().old() == null) {
                String why = history.reason();
                left.appendElement("p").addClass("dash-label").text(Character.toUpperCase(why.charAt(0)) + why.substring(1)
                        + "; this is the whole text as it is now.");
            }
            Element right = pair.appendElement("div").addClass("dash-side");
            right.appendElement("p").addClass("dash-label").text(translationLabel(aligned, name));
            if (!aligned.translation().isEmpty()) {
                right.appendElement("p").addClass("dash-text").attr("data-translation-block", "").attr("lang", entry.lang()).text(aligned.translation());
            }
        }
    }

    /** The old and the new text in one, removed words in {@code <del>}, added ones in {@code <ins>}. */
    private static void marked(Element text, String old, String now) {
        text.addClass("dash-diff");
        for (WordDiff.Segment segment : WordDiff.shown(old, now)) {
            switch (segment.kind()) {
                case SAME -> text.appendText(segment.text());
                case REMOVED -> text.appendElement("del").text(segment.text());
                case ADDED -> text.appendElement("ins").text(segment.text());
            }
        }
    }

    private static String sourceLabel(AlignedChange aligned, String language) {
        SourceChange.Kind kind = aligned.change().kind();
        if (kind == SourceChange.Kind.EDITED && aligned.change().old() != null) {
            return "Edited in the " + language + " source (old words struck through, new words underlined):";
        }
        return switch (kind) {
            case EDITED -> "Edited in the " + language + " source, now:";
            case ADDED -> "New in the " + language + " source:";
            case REMOVED -> "Removed from the " + language + " source, after:";
            case REVIEW -> "Unchanged in the " + language + " source, but still marked for review at the last XLIFF import:";
        };
    }

    private static String summaryLabel(AlignedChange aligned, String language) {
        SourceChange.Kind kind = aligned.change().kind();
        if (kind == SourceChange.Kind.EDITED && aligned.change().old() != null) {
            return "Summary changed in the " + language + " source (old words struck through, new words underlined):";
        }
        return switch (kind) {
            case EDITED -> "Summary changed in the " + language + " source, now:";
            case ADDED -> "Summary added to the " + language + " source:";
            case REMOVED -> "Summary removed from the " + language + " source:";
            case REVIEW -> "Summary unchanged in the " + language + " source, but still marked for review at the last XLIFF import:";
        };
    }

    private static String translationLabel(AlignedChange aligned, String language) {
        return switch (aligned.placement()) {
            case BLOCK -> aligned.change().kind() == SourceChange.Kind.REMOVED ? "Its " + language + " translation, to remove:"
                    : aligned.change().kind() == SourceChange.Kind.REVIEW ? "Its " + language + " translation, to review:"
                    : "The " + language + " translation of the old version:";
            case AFTER -> "Goes after this " + language + " block:";
            case SECTION -> "In this " + language + " section (the blocks do not match the source's one for one):";
            case NONE -> "No matching place in the " + language + " translation (its blocks and sections differ from the source's).";
            case SUMMARY -> aligned.translation().isEmpty() ? "The " + language + " translation has no summary yet."
                    : aligned.change().kind() == SourceChange.Kind.REMOVED ? "Its " + language + " summary, to remove:"
                    : aligned.change().kind() == SourceChange.Kind.REVIEW ? "Its " + language + " summary, to review:"
                    : "The " + language + " summary of the old version:";
        };
    }

    private void actions(Element article, DashboardEntry entry, String id) {
        if (entry.commands().isEmpty() && !(entry.exportable() && entry.status() != Status.CURRENT)) {
            return;
        }
        article.appendElement("h4").text("What to do");
        Element list = article.appendElement("ul").addClass("dash-actions");
        int n = 0;
        for (EditorCommand command : entry.commands()) {
            Element item = list.appendElement("li");
            String commandId = id + "-cmd-" + (++n);
            item.appendElement("p").addClass("dash-purpose").id(commandId + "-purpose").text(command.purpose() + ":");
            Element box = item.appendElement("div").addClass("dash-command");
            box.appendElement("code").id(commandId).text(command.line());
            box.appendElement("button").attr("type", "button").addClass("dash-copy").attr("data-copy", commandId)
                    .attr("aria-describedby", commandId + "-purpose").attr("hidden", "").text("Copy command");
        }
        if (entry.exportable() && entry.status() != Status.CURRENT) {
            String href = PageOptions.XLIFF + "?source=" + URLEncoder.encode(entry.source(), StandardCharsets.UTF_8) + "&to=" + entry.lang();
            list.appendElement("li").appendElement("a").attr("href", href).attr("download", "").addClass("dash-download")
                    .text("Download XLIFF of this page for a CAT tool");
        }
    }
}
