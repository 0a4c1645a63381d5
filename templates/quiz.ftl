<#ftl output_format="HTML">
<#import "/layout/base.ftl" as layout>
<#-- The self-assessment checklist as a quiz. Without JavaScript it is a complete printable checklist
     with points and the band table; /js/quiz.js adds the live score, result, share link and print. -->
<#assign q = content.quiz>
<@layout.page kind="quiz" script="/js/quiz.js" style="/css/quiz.css">
<article class="wrap article quiz-page">
<header class="article-header">
<h1>${content.title}</h1>
<#include "/partials/translation-notice.ftl">
<#include "/partials/legal-notice.ftl">
</header>
<div class="prose" data-prose data-content>
${content.body?no_esc}
</div>
<p class="quiz-howto">${ui.quizHowTo}</p>
<p class="quiz-manual" data-quiz-manual>${ui.quizManual}</p>
<form class="quiz" id="quiz" data-search-text data-quiz data-lang="${content.lang}" data-max="${q.maxPoints?c}"
 data-score-template="${ui.quizScore}" data-ticked-template="${ui.quizTicked}" data-nothing="${ui.quizNothingTicked}"
 data-section-template="${ui.quizSectionScore}" data-copied="${ui.quizCopied}" data-decided-by="${ui.quizDecidedBy}"<#list q.pointsForms as form, text> data-points-${form}="${text}"</#list>>
<#list q.sections as s>
<fieldset class="quiz-sign" id="sign-${s.id}" data-section="${s.id}" data-max="${s.maxPoints?c}">
<legend>${s.title}</legend>
<#if s.descriptionHtml?has_content><div class="quiz-sign-note" data-content>${s.descriptionHtml?no_esc}</div></#if>
<#list s.items as i>
<div class="quiz-item">
<input type="checkbox" id="q-${i.id}" name="a" value="${i.id}" data-points="${i.points?c}"<#if i.decides?has_content> data-decides="${i.decides}"</#if>>
<label for="q-${i.id}"><span class="quiz-text" data-content>${i.html?no_esc}</span> <span class="quiz-points" data-search-skip>(${i.pointsText})</span><#if i.decides?has_content> <strong class="quiz-decides" data-search-skip>${ui.quizDecides?replace("{band}", i.decidesTitle)}</strong></#if></label>
</div>
</#list>
</fieldset>
</#list>
<div class="quiz-bar" data-quiz-bar hidden>
<p class="quiz-live"><span class="quiz-live-label">${ui.quizLive}:</span> <span role="status" aria-live="polite" aria-atomic="true" data-quiz-status></span></p>
</div>
<section class="quiz-result" id="result" aria-labelledby="result-title" data-quiz-result hidden>
<h2 id="result-title">${ui.quizResultTitle}</h2>
<p class="quiz-score" data-quiz-score></p>
<p class="quiz-decided" data-quiz-decided hidden></p>
<p class="quiz-ticked" data-quiz-ticked></p>
<div class="quiz-band" data-quiz-band></div>
<h3>${ui.quizBreakdown}</h3>
<ol class="quiz-breakdown" data-quiz-breakdown></ol>
<p class="quiz-actions">
<a href="#" class="quiz-share" data-quiz-share>${ui.quizShareLink}</a>
<button type="button" data-quiz-copy>${ui.quizCopy}</button>
<button type="button" data-quiz-print>${ui.quizPrint}</button>
<button type="reset">${ui.quizReset}</button>
</p>
<p class="quiz-copied" role="status" data-quiz-copied></p>
<p class="quiz-link" data-quiz-link hidden><label for="quiz-url">${ui.quizLinkHint}</label> <input type="text" id="quiz-url" class="quiz-url" readonly spellcheck="false" data-quiz-url></p>
</section>
</form>
<section class="quiz-bands" id="bands" aria-labelledby="bands-title" data-search-text>
<h2 id="bands-title">${ui.quizBandsTitle}</h2>
<p>${ui.quizBandsHowTo} ${ui.quizMax}: ${q.maxPointsText}.</p>
<#if q.hasDecisions><p class="quiz-decides-rule"><strong>${ui.quizDecidesRuleTitle}</strong> ${ui.quizDecidesRule}</p></#if>
<table>
<thead><tr><th scope="col">${ui.quizPointsHeader}</th><th scope="col">${ui.quizResultHeader}</th><th scope="col">${ui.quizAdviceHeader}</th></tr></thead>
<tbody>
<#list q.bands as b>
<tr id="band-${b.id}" data-band="${b.id}" data-min="${b.min?c}" data-max="${b.max?c}">
<td class="quiz-range">${b.rangeText}</td>
<th scope="row" class="quiz-band-title">${b.title}</th>
<td class="quiz-advice" data-content>${b.adviceHtml?no_esc}</td>
</tr>
</#list>
</tbody>
</table>
</section>
</article>
</@layout.page>
