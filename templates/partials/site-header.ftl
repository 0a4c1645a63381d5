<#ftl output_format="HTML">
<#-- Site name, main navigation, language switcher and the search box. -->
<header class="site-header">
<div class="wrap site-header-inner">
<a class="site-name" href="/${content.lang}/">${ui.siteName}</a>
<nav class="site-nav" aria-label="${ui.mainNav}">
<a href="/${content.lang}/">${ui.home}</a>
<a href="${ui.aboutUrl}">${ui.about}</a>
</nav>
<#include "/partials/language-switcher.ftl">
<#include "/partials/search.ftl">
</div>
</header>
