<#ftl output_format="HTML">
<#import "/layout/base.ftl" as layout>
<#-- One page of the archive: every article and quiz of the language, newest first, a page at a time. -->
<@layout.page kind="articles">
<div class="wrap">
<header class="home-header">
<h1>${content.title}</h1>
<p class="tagline">${content.summary}</p>
<#-- Where the header's "Szukaj" leads without JavaScript (search.ftl): what search needs, and what works without it. -->
<noscript><p class="search-note" data-search-note>${ui.searchWithoutJs}</p></noscript>
</header>
<section class="article-list"<#if content.archive.range?has_content> aria-labelledby="archive-title"</#if>>
<#if content.archive.range?has_content><h2 id="archive-title" class="archive-range">${content.archive.range}</h2></#if>
<#assign cards = content.archive.articles>
<#include "/partials/article-cards.ftl">
</section>
<#include "/partials/pagination.ftl">
</div>
</@layout.page>
