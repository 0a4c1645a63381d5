<#ftl output_format="HTML">
<#-- Date in the page's language (and when the text was last updated, if later: the word kept on the date's line), reading time, author (and whose work the page adapts).
     Each part after the first is a nowrap .meta-part starting with its "·": a narrow screen breaks the line only between
     whole parts, with the "·" leading the next line, never left at a line's end. -->
<p class="meta"><time datetime="${content.date.iso}">${content.date.text}</time><#if content.updated??> <span class="meta-part">· ${ui.updatedOn}&nbsp;<time datetime="${content.updated.iso}">${content.updated.text}</time></span></#if> <span class="meta-part">· ${content.readingTime}</span><#if content.author??> <span class="meta-part">· <#if content.basedOn??>${ui.adaptedBy}<#else>${ui.byAuthor}</#if>:</span>&nbsp;<a href="#author">${content.author.name}</a><#if content.basedOn??>, <a href="#original-author">${ui.basedOn?replace("{name}", content.basedOn.creditName)}</a></#if></#if></p>
