<#ftl output_format="HTML">
<#-- The not-found page at the site's root (/404.html), for addresses outside every language's folder:
     "page not found" in every language, each with a link to its home page. No JavaScript. -->
<#assign ui = content.ui>
<!DOCTYPE html>
<html lang="${content.lang}">
<#include "/partials/head.ftl">
<body class="page-root page-rootnotfound">
<main id="main" class="wrap root-choice">
<h1><#list content.languages as l><span lang="${l.lang}">${l.siteName}</span><#sep> · </#list></h1>
<ul class="language-choice">
<#list content.languages as l>
<li lang="${l.lang}">
<#if l.tagline??><p>${l.tagline}</p></#if>
<a href="${l.url}" hreflang="${l.lang}">${l.enter}</a>
</li>
</#list>
</ul>
</main>
</body>
</html>
