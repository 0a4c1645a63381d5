<#ftl output_format="HTML">
<#import "/layout/base.ftl" as layout>
<#-- A language's home page: intro, quiz teaser, the newest articles and a link to all of them. -->
<@layout.page kind="home">
<div class="wrap">
<header class="home-header">
<h1>${content.title}</h1>
<p class="tagline">${ui.tagline}</p>
</header>
<#if content.hasAffiliateLinks == "true"><#include "/partials/affiliate-disclosure.ftl"></#if>
<div class="prose intro" data-prose>
${content.body?no_esc}
</div>
<#if content.quiz??>
<aside class="quiz-teaser" aria-labelledby="quiz-teaser-title">
<h2 id="quiz-teaser-title"><a href="${content.quiz.url}">${content.quiz.title}</a></h2>
<p>${content.quiz.summary}</p>
<p><a class="button" href="${content.quiz.url}">${ui.quizCta}</a></p>
</aside>
</#if>
<section class="article-list" aria-labelledby="articles-title">
<h2 id="articles-title">${ui.latestArticles}</h2>
<#assign cards = content.articles.items>
<#include "/partials/article-cards.ftl">
<#if content.archive.more><p class="more"><a class="button" href="${content.archive.url}">${ui.allArticlesLink} (${content.archive.count})</a></p></#if>
</section>
<#if content.otherLanguageOnly.items?has_content>
<section class="article-list other-languages" aria-labelledby="other-languages-title">
<h2 id="other-languages-title">${ui.onlyInOtherLanguage}</h2>
<ul>
<#list content.otherLanguageOnly.items as item>
<li class="card" lang="${item.lang}">
<h3><a href="${item.url}" hreflang="${item.lang}">${item.title}</a></h3>
<p class="meta"><span lang="${content.lang}">${item.note}</span> · <time datetime="${item.dateIso}">${item.dateText}</time></p>
<p>${item.summary}</p>
</li>
</#list>
</ul>
</section>
</#if>
</div>
</@layout.page>
