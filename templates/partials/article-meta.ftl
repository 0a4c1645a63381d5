<#ftl output_format="HTML">
<#-- Date in the page's language, reading time, author (and whose work the page adapts). -->
<p class="meta"><time datetime="${content.date.iso}">${content.date.text}</time> · ${content.readingTime}<#if content.author??> · <#if content.basedOn??>${ui.adaptedBy}<#else>${ui.byAuthor}</#if>: <a href="#author">${content.author.name}</a><#if content.basedOn??>, <a href="#original-author">${ui.basedOn?replace("{name}", content.basedOn.creditName)}</a></#if></#if></p>
