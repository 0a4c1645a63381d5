<#ftl output_format="HTML">
<#import "/layout/base.ftl" as layout>
<#-- A language's home page: intro, quiz teaser, the newest articles and a link to all of them. -->
<@layout.page kind="home">
<div class="wrap">
<header class="home-header">
<h1>${content.title}</h1>
<p class="tagline">${ui.tagline}</p>
</header>
<div class="prose intro" data-prose data-content>
${content.body?no_esc}
</div>
<#assign home = content.home>
<#if home.quiz??>
<aside class="quiz-teaser" aria-labelledby="quiz-teaser-title">
<h2 id="quiz-teaser-title"><a href="${home.quiz.url}">${home.quiz.title}</a></h2>
<p>${home.quiz.summary}</p>
<p><a class="button" href="${home.quiz.url}">${ui.quizCta}</a></p>
</aside>
</#if>
<#if home.latest?has_content>
<section class="article-list" aria-labelledby="articles-title">
<h2 id="articles-title">${ui.latestArticles}</h2>
<#assign cards = home.latest>
<#include "/partials/article-cards.ftl">
<#if home.archive.more><p class="more"><a class="button" href="${home.archive.url}">${ui.allArticlesLink} (${home.archive.countText})</a></p></#if>
</section>
</#if>
<#if home.otherLanguageOnly?has_content>
<section class="article-list other-languages" aria-labelledby="other-languages-title">
<h2 id="other-languages-title">${ui.onlyInOtherLanguage}</h2>
<ul>
<#list home.otherLanguageOnly as item>
<li class="card" lang="${item.lang}">
<h3><a href="${item.card.url}" hreflang="${item.lang}">${item.card.title}</a></h3>
<p class="meta"><span class="meta-part" lang="${content.lang}">${item.note}&nbsp;·</span> <time lang="${content.lang}" datetime="${item.card.date.iso}">${item.card.date.text}</time></p>
<p>${item.card.summary}</p>
</li>
</#list>
</ul>
</section>
</#if>
</div>
</@layout.page>
