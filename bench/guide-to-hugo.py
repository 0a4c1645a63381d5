#!/usr/bin/env python3
"""Converts a guide project into a Hugo site with the same Markdown, so that bench/run can build the
same content with Hugo. Part of the benchmark, not of the builder; its time is not measured.

Usage: bench/guide-to-hugo.py PROJECT OUT

Reads PROJECT/content/<lang>/*.md (key=value headers, a ~~~~~~ line, Markdown) and, for the default
language, site.defaultLanguage in PROJECT/jbake.properties. Writes OUT: hugo.toml; content/<lang>/
with JSON front matter (title, date, translationKey, tags, description) and the same Markdown bodies,
index.md becoming the language's home page (_index.md); drafts are left out. The templates do work
comparable to the guide's: a table of contents, translations and hreflang links, 5 related pages (by
tags, then date), the home page listing every page 50 at a time, RSS and sitemap (Hugo's defaults).
Articles carry Pagefind's data-pagefind-body (and their table of contents data-pagefind-ignore), so that
Pagefind, run on Hugo's output, indexes what the guide's search indexes: each article's title and text.

OUT is replaced only if this script wrote it (it holds .guide-to-hugo); the new site is written next to
it and then renamed into place, so OUT is never half-written. Bad input: `path:line: what: what to do`
on stderr, exit 1, OUT untouched.
"""
import json
import os
import shutil
import sys

MARKER = ".guide-to-hugo"
SEPARATOR = "~~~~~~"

CONFIG = """baseURL = "https://example.org/"
defaultContentLanguage = "{default}"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term"]
# Hugo before 0.128 reads paginate, later ones [pagination].
paginate = 50
[pagination]
  pagerSize = 50
[markup.tableOfContents]
  startLevel = 2
  endLevel = 3
[related]
  includeNewer = true
  threshold = 0
  toLower = false
  [[related.indices]]
    name = "tags"
    weight = 100
  [[related.indices]]
    name = "date"
    weight = 10
[languages]
"""

LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
<meta name="description" content="{{ .Description }}"></head>
<body><nav>{{ range .Translations }}<a hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ .Language.Lang }}</a>{{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .ReadingTime }} min
<nav class="toc" data-pagefind-ignore>{{ .TableOfContents }}</nav>
{{ .Content }}</article>
<aside><ul>{{ range first 5 (.Site.RegularPages.Related .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></aside>
{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range (.Paginate .Site.RegularPages.ByDate.Reverse).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary | plainify | truncate 160 }}</li>{{ end }}</ul>
{{ end }}
""",
}


def fail(where, what, todo):
    sys.stderr.write(f"{where}: {what}: {todo}\n")
    sys.exit(1)


def read_page(path):
    """The headers (a dict) and the Markdown body of one guide content file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if SEPARATOR not in lines:
        fail(f"{path}:1", f"no {SEPARATOR} line after the headers", f"end the key=value headers with a line {SEPARATOR}")
    end = lines.index(SEPARATOR)
    meta = {}
    for number, line in enumerate(lines[:end], 1):
        if line.strip() and not line.startswith("#"):
            if "=" not in line:
                fail(f"{path}:{number}", f"header line without '=': {line!r}", "write it as key=value")
            key, value = line.split("=", 1)
            meta[key.strip()] = value.strip()
    if not meta.get("title"):
        fail(f"{path}:1", "no title header", "add a line title=...")
    return meta, "\n".join(lines[end + 1:])


def front_matter(meta):
    fm = {"title": meta["title"], "date": meta.get("date", "2026-01-01")}
    if meta.get("translationKey"):
        fm["translationKey"] = meta["translationKey"]
    if meta.get("tags"):
        fm["tags"] = [t.strip() for t in meta["tags"].split(",") if t.strip()]
    if meta.get("summary"):
        fm["description"] = meta["summary"]
    return json.dumps(fm, ensure_ascii=False)


def default_language(project, langs):
    props = os.path.join(project, "jbake.properties")
    if os.path.exists(props):
        with open(props, encoding="utf-8") as f:
            for line in f:
                if line.startswith("site.defaultLanguage="):
                    return line.split("=", 1)[1].strip()
    return langs[0]


def convert(project, out):
    content = os.path.join(project, "content")
    if not os.path.isdir(content):
        fail(project, "no content/ folder", "give the folder of a guide project (the one with jbake.properties)")
    langs = sorted(d for d in os.listdir(content) if os.path.isdir(os.path.join(content, d)))
    default = default_language(project, langs)
    if default not in langs:
        fail(os.path.join(project, "jbake.properties"), f"default language {default!r} has no content/{default}/",
             "set site.defaultLanguage to one of " + ", ".join(langs))
    langs.sort(key=lambda lang: lang != default)
    for lang in langs:
        target_dir = os.path.join(out, "content", lang)
        os.makedirs(target_dir)
        for name in sorted(os.listdir(os.path.join(content, lang))):
            if not name.endswith(".md"):
                continue
            meta, body = read_page(os.path.join(content, lang, name))
            if meta.get("status") == "draft":
                continue
            target = "_index.md" if name == "index.md" else name
            with open(os.path.join(target_dir, target), "w", encoding="utf-8") as f:
                f.write(front_matter(meta) + "\n\n" + body)
    config = CONFIG.format(default=default) + "".join(
        f'  [languages.{lang}]\n    contentDir = "content/{lang}"\n    weight = {i}\n' for i, lang in enumerate(langs, 1))
    with open(os.path.join(out, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write(config)
    layouts = os.path.join(out, "layouts", "_default")
    os.makedirs(layouts)
    for name, text in LAYOUTS.items():
        with open(os.path.join(layouts, name), "w", encoding="utf-8") as f:
            f.write(text)
    open(os.path.join(out, MARKER), "w").close()


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: guide-to-hugo.py PROJECT OUT\n")
        sys.exit(2)
    project, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if os.path.exists(out) and not os.path.exists(os.path.join(out, MARKER)):
        fail(out, "exists and was not written by guide-to-hugo.py", "give a new folder, or remove this one")
    tmp, old = out + ".tmp", out + ".old"
    for leftover in (tmp, old):
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        convert(project, tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if os.path.exists(out):
        os.rename(out, old)
    os.rename(tmp, out)
    shutil.rmtree(old, ignore_errors=True)
    print(out)


if __name__ == "__main__":
    main()
