<#ftl output_format="HTML">
<#import "/layout/base.ftl" as layout>
<#-- An article: title, notes and meta, contents, text, share links, author; related articles after. -->
<@layout.page kind="article" script="/js/share.js">
<article class="wrap article">
<header class="article-header">
<h1>${content.title}</h1>
<#include "/partials/translation-notice.ftl">
<#include "/partials/article-meta.ftl">
</header>
<#include "/partials/legal-notice.ftl">
<#include "/partials/toc.ftl">
<div class="prose" data-prose data-content>
${content.body?no_esc}
</div>
<#include "/partials/share-links.ftl">
<#include "/partials/author-bio.ftl">
</article>
<div class="wrap">
<#include "/partials/quick-links.ftl">
</div>
</@layout.page>
