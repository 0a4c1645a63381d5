<#ftl output_format="HTML">
<#-- Date in the page's language (and when the text was last updated, if later: the word kept on the date's line), reading time and word count, author (and whose work the page adapts).
     Each part is a .meta-part, and each but the last ends with "&nbsp;·", as a phrase ends with its comma: a line breaks
     only between whole parts (site.css), after a "·", so no line starts with one. A part wider than the line (large text
     on a phone) wraps between its own words, its "·" tied to the word before it. The author's name is in its part, so it
     never starts a line alone; the label's space before it is a plain one, so that a part wider than the line ends its
     first line after the label rather than breaking the name ("Opracowanie: Redakc|ja" with text at 200 % on a phone),
     and the comma before the original's credit is in the part, after the name, never opening the next line. -->
<p class="meta"><span class="meta-part"><time datetime="${content.date.iso}">${content.date.text}</time>&nbsp;·</span><#if content.updated??> <span class="meta-part">${ui.updatedOn} <time datetime="${content.updated.iso}">${content.updated.text}</time>&nbsp;·</span></#if> <span class="meta-part">${content.readingTime}<#if content.wordCount?? || content.author??>&nbsp;·</#if></span><#if content.wordCount??> <span class="meta-part">${content.wordCount}<#if content.author??>&nbsp;·</#if></span></#if><#if content.author??> <span class="meta-part"><#if content.basedOn??>${ui.adaptedBy}<#else>${ui.byAuthor}</#if>: <a href="#author">${content.author.name}</a><#if content.basedOn??>,</#if></span><#if content.basedOn??> <a href="#original-author">${ui.basedOn?replace("{name}", content.basedOn.creditName)}</a></#if></#if></p>
