<#ftl output_format="HTML">
<#-- The site root: offers both languages as plain links, no JavaScript, no redirect. -->
<#assign ui = content.ui>
<!DOCTYPE html>
<html lang="${content.lang}">
<#include "/partials/head.ftl">
<body class="page-root">
<main id="main" class="wrap root-choice">
<h1><#list content.languages as l><span lang="${l.lang}">${l.siteName}</span><#sep> · </#list></h1>
<ul class="language-choice">
<#list content.languages as l>
<li lang="${l.lang}">
<a href="${l.url}" hreflang="${l.lang}">${l.enter}</a>
<p>${l.tagline}</p>
</li>
</#list>
</ul>
</main>
</body>
</html>
