<#ftl output_format="HTML">
<#-- Full-text search over this language's index (/<lang>/search/); hidden until /js/search.js runs, which loads
     the search panel's script only when the reader opens it. What the panel says (statuses, counts, "Show more") comes
     with the index's meta.json (guide.i18n.SearchPanelWords), not on every page. Without JavaScript its place holds a
     link of the same name to the archive, the list of every article, whose page says that search needs JavaScript (articles.ftl). -->
<div class="search" data-search data-locale="${content.language.locale}" data-index="${content.language.searchPath}" hidden>
<button type="button" class="search-toggle" aria-expanded="false" aria-controls="search-panel">${ui.search}</button>
<div class="search-panel" id="search-panel" role="search" hidden>
<label for="search-input">${ui.searchLabel}</label>
<div class="search-row">
<input id="search-input" type="search" autocomplete="off" placeholder="${ui.searchPlaceholder}">
<button type="button" class="search-close" data-search-close>${ui.closeSearch}</button>
</div>
<p class="search-status" role="status" aria-live="polite" data-search-status></p>
<p class="search-next" data-search-next hidden><a href="${ui.archiveUrl}">${ui.allArticlesLink}</a></p>
<ul class="search-results" data-search-results></ul>
</div>
</div>
<noscript><a class="search-without-js" href="${ui.archiveUrl}" data-search-without-js>${ui.search}</a></noscript>
