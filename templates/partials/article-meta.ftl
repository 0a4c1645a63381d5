<#ftl output_format="HTML">
<#-- Date in the page's language, reading time, author. -->
<p class="meta"><time datetime="${content.dateIso}">${content.dateText}</time> · ${content.readingTime}<#if content.authorData??> · ${ui.byAuthor}: <a href="#author">${content.authorData.name}</a></#if></p>
