<#ftl output_format="HTML">
<#-- Links to the archive's other pages: previous, numbers (with gaps), next. -->
<#assign p = content.archive.pagination>
<#if (p.total > 1)>
<nav class="pagination" aria-label="${ui.pagination}">
<ul>
<#if p.previous??><li><a href="${p.previous}" rel="prev"><span aria-hidden="true">←</span> <span class="page-word">${ui.previousPage}</span></a></li></#if>
<#list p.items as item>
<#if item.gap>
<li class="gap" aria-hidden="true">…</li>
<#elseif item.current>
<li><a href="${item.url}" aria-current="page" aria-label="${item.label}">${item.text}</a></li>
<#else>
<li><a href="${item.url}" aria-label="${item.label}">${item.text}</a></li>
</#if>
</#list>
<#if p.next??><li><a href="${p.next}" rel="next"><span class="page-word">${ui.nextPage}</span> <span aria-hidden="true">→</span></a></li></#if>
</ul>
</nav>
</#if>
