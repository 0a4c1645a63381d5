<#ftl output_format="HTML">
<#-- Related articles in the same language. -->
<#if content.related?has_content>
<nav class="quick-links" aria-labelledby="quick-links-title">
<h2 id="quick-links-title">${ui.quickLinks}</h2>
<ul>
<#list content.related as r>
<li><a href="${r.url}">${r.title}</a> <#if r.readingTime??><span class="meta">${r.readingTime}</span></#if></li>
</#list>
</ul>
</nav>
</#if>
