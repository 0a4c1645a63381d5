<#ftl output_format="XML">
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${content.lang}">
<title>${content.ui.siteName}</title>
<subtitle>${content.ui.tagline}</subtitle>
<id>${content.feed.feedUrl}</id>
<link rel="self" type="application/atom+xml" href="${content.feed.feedUrl}"/>
<link rel="alternate" type="text/html" href="${content.feed.homeUrl}"/>
<updated>${content.feed.updated}T00:00:00Z</updated>
<#list content.feed.entries as e>
<entry>
<title>${e.title}</title>
<id>${e.id}</id>
<link rel="alternate" type="text/html" href="${e.url}"/>
<published>${e.date}T00:00:00Z</published>
<updated>${e.updated}T00:00:00Z</updated>
<author><name>${e.author}</name></author>
<summary>${e.summary}</summary>
</entry>
</#list>
</feed>
