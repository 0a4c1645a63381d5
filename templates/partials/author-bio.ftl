<#ftl output_format="HTML">
<#-- The author box at the end of an article, from content/authors.yaml. -->
<#assign a = content.authorData>
<section class="author-bio" id="author" aria-labelledby="author-title">
<h2 id="author-title">${ui.aboutTheAuthor}</h2>
<p class="author-name"><#if a.url??><a href="${a.url}" rel="author noopener">${a.name}</a><#else>${a.name}</#if></p>
<p class="author-role">${a.role}</p>
<p>${a.bio}</p>
<#if a.profiles?has_content>
<ul class="author-profiles" aria-label="${ui.authorProfiles}">
<#list a.profiles as p><li><a href="${p.url}" rel="me noopener">${p.label}</a></li></#list>
</ul>
</#if>
</section>
