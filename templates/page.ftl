<#ftl output_format="HTML">
<#import "/layout/base.ftl" as layout>
<#-- A standing page, such as "about the guide". -->
<@layout.page kind="page">
<article class="wrap article">
<header class="article-header">
<h1>${content.title}</h1>
<#include "/partials/translation-notice.ftl">
</header>
<#include "/partials/legal-notice.ftl">
<div class="prose" data-prose data-content>
${content.body?no_esc}
</div>
</article>
</@layout.page>
