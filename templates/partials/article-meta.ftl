<#ftl output_format="HTML">
<#-- Date in the page's language (and when the text was last updated, if later: the word kept on the date's line), reading time and word count, author (and whose work the page adapts).
     Each part after the first is a .meta-part starting with "·&nbsp;": a narrow screen breaks the line only between
     whole parts, with the "·" leading the next line, never left at a line's end; a part wider than the line (large text on
     a phone) wraps between its own words (site.css). The author's name is in its part, so it never starts a line alone; the
     label's space before it is a plain one, so that a part wider than the line ends its first line after the label rather
     than breaking the name ("Opracowanie: Redakc|ja" with text at 200 % on a phone), and the comma before the original's
     credit is in the part, after the name, never opening the next line. -->
<p class="meta"><time datetime="${content.date.iso}">${content.date.text}</time><#if content.updated??> <span class="meta-part">·&nbsp;${ui.updatedOn} <time datetime="${content.updated.iso}">${content.updated.text}</time></span></#if> <span class="meta-part">·&nbsp;${content.readingTime}</span><#if content.wordCount??> <span class="meta-part">·&nbsp;${content.wordCount}</span></#if><#if content.author??> <span class="meta-part">·&nbsp;<#if content.basedOn??>${ui.adaptedBy}<#else>${ui.byAuthor}</#if>: <a href="#author">${content.author.name}</a><#if content.basedOn??>,</#if></span><#if content.basedOn??> <a href="#original-author">${ui.basedOn?replace("{name}", content.basedOn.creditName)}</a></#if></#if></p>
