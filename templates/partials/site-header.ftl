<#ftl output_format="HTML">
<#-- Site name, main navigation, language switcher and the search box. -->
<header class="site-header">
<div class="wrap site-header-inner">
<a class="site-name" href="/${content.lang}/">${ui.siteName}</a>
<#-- The link to the page itself says so to screen readers ("current page") and shows it underlined. -->
<nav class="site-nav" aria-label="${ui.mainNav}">
<a href="/${content.lang}/"<#if content.url == "/" + content.lang + "/"> aria-current="page"</#if>>${ui.home}</a>
<a href="${ui.aboutUrl}"<#if content.url == ui.aboutUrl> aria-current="page"</#if>>${ui.about}</a>
</nav>
<#-- A switch that says "not in that language yet" takes a row of its own under the others (and
     under the search panel when it is open): it comes after the search in the HTML as on screen, so
     the Tab key follows the rows. -->
<#assign switchOnItsOwnRow = (content.switcher![])?filter(s -> !s.available)?has_content>
<#if !switchOnItsOwnRow><#include "/partials/language-switcher.ftl"></#if>
<#include "/partials/search.ftl">
<#if switchOnItsOwnRow><#include "/partials/language-switcher.ftl"></#if>
</div>
</header>
