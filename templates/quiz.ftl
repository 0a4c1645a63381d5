<#ftl output_format="HTML">
<#import "/layout/base.ftl" as layout>
<#-- The self-assessment checklist as a quiz. Without JavaScript it is a complete printable checklist
     with points and the band table; /js/quiz.js adds the live score, result, share link and print. -->
<#assign q = content.quiz>
<@layout.page kind="quiz" script="/js/quiz.js" style="/css/quiz.css">
<article class="wrap article quiz-page">
<header class="article-header">
<h1>${content.title}</h1>
<#-- The date line an article has, without its reading time: a quiz is taken, not read (its intro says how long it takes). -->
<p class="meta"><#if content.updated??><span class="meta-part"><time datetime="${content.date.iso}">${content.date.text}</time>&nbsp;·</span> <span class="meta-part">${ui.updatedOn} <time datetime="${content.updated.iso}">${content.updated.text}</time></span><#else><time datetime="${content.date.iso}">${content.date.text}</time></#if></p>
<#include "/partials/translation-notice.ftl">
</header>
<#include "/partials/legal-notice.ftl">
<div class="prose" data-prose data-content>
${content.body?no_esc}
</div>
<#-- "The score updates as you go" only once /js/quiz.js runs: until then it takes no room, or, where the browser
     knows scripts run, its lines are kept blank (no jump when they fill; quiz.css). Adding up by hand is said only without JavaScript, and
     on paper: the browser decides <noscript> as it reads the page, so neither text shows and then goes. -->
<#-- The instruction is the quiz's own where its intro writes one ({#how-to}), else the interface's. -->
<p class="quiz-howto is-pending" data-quiz-howto><#if q.howToHtml?has_content>${q.howToHtml?no_esc}<#else>${ui.quizHowTo}</#if> ${ui.quizHowToLive}</p>
<noscript><p class="quiz-manual" data-quiz-manual>${ui.quizManual}</p></noscript>
<p class="quiz-manual quiz-manual-print" data-quiz-manual-print hidden>${ui.quizManual}</p>
<form class="quiz" id="quiz" data-search-text data-quiz data-locale="${content.language.locale}" data-max="${q.maxPoints?c}"
 data-score-template="${ui.quizScore}" data-ticked-template="${ui.quizTicked}" data-nothing="${ui.quizNothingTicked}"
 data-section-template="${ui.quizSectionScore}" data-copied="${ui.quizCopied}" data-decided-by="${ui.quizDecidedBy}"<#list q.pointsForms as form, text> data-points-${form}="${text}"</#list>>
<#-- The form's first submit button, disabled: pressing Enter on a statement submits nothing. Firefox submits a form from
     a checkbox on Enter (Chromium and Safari do not), and without JavaScript that would reload the page as ?a=…&a=…
     with every box unticked. -->
<button type="submit" disabled hidden></button>
<#list q.sections as s>
<#-- A sign is a group named by its title (role="group", as a fieldset would be): a screen reader announces the group with each
     box, and its heading keys stop at every sign as they do at the result and the table of results, all h2 under the page's h1.
     Not a <fieldset>: reader views (Mozilla Readability, in Firefox's Reader View) drop every fieldset holding more than one
     control per three paragraphs, checked before they drop the controls themselves, and the statements with it. -->
<div class="quiz-sign" id="${s.anchor}" role="group" aria-labelledby="${s.titleAnchor}" data-section="${s.id}" data-max="${s.maxPoints?c}">
<h2 class="quiz-sign-title" id="${s.titleAnchor}">${s.title}</h2>
<#if s.descriptionHtml?has_content><div class="quiz-sign-note" data-content>${s.descriptionHtml?no_esc}</div></#if>
<#list s.items as i>
<div class="quiz-item">
<input type="checkbox" id="${i.inputId}" name="a" value="${i.id}" data-points="${i.points?c}"<#if i.decides?has_content> data-decides="${i.decides}"<#list q.bands as b><#if b.id == i.decides> data-decides-level="${b?counter?c}"</#if></#list></#if>>
<label for="${i.inputId}"><span class="quiz-text" data-content>${i.html?no_esc}</span> <span class="quiz-points" data-search-skip>(${i.pointsText})</span><#if i.decides?has_content> <strong class="quiz-decides" data-search-skip>${ui.quizDecides?replace("{band}", i.decidesTitle)}</strong></#if></label>
</div>
</#list>
</div>
</#list>
<#-- Without JavaScript, the points ticked so far, added up by the stylesheet (quiz.css: a CSS counter the ticked boxes
     increase by their data-points, shown by the empty span). Hidden from screen readers, which read generated content
     unreliably and would hear a sentence without its number: for them the by-hand note and the table are the way.
     Under it, once a statement that decides the result is ticked, the least result that makes it (quiz.css shows the note
     of the highest band ticked, data-decides-level being the band's place in the table; the notes go highest first). -->
<#assign decided = []><#list q.sections as s><#list s.items as i><#if i.decides?has_content><#assign decided += [i.decides]></#if></#list></#list>
<noscript><div class="quiz-bar quiz-total" data-quiz-total><p class="quiz-live" aria-hidden="true" data-quiz-total-line>${ui.quizTotal?keep_before("{total}")}<#assign afterTotal = ui.quizTotal?keep_after("{total}")><span class="quiz-total-of"><span class="quiz-total-score" data-quiz-total-score></span>${afterTotal?keep_before("{max}")}<#if afterTotal?contains("{max}")>${q.maxNumber}</#if></span>${afterTotal?keep_after("{max}")}</p>
<#list q.bands?reverse as b><#if decided?seq_contains(b.id)><p class="quiz-total-decides" data-decides-level="${(q.bands?size - b?index)?c}" data-quiz-total-decides="${b.id}">${ui.quizTotalDecides?replace("{band}", b.title)}</p>
</#if></#list></div></noscript>
<div class="quiz-bar" data-quiz-bar hidden>
<p class="quiz-live"><span class="quiz-live-label">${ui.quizLive}:</span> <span role="status" aria-live="polite" aria-atomic="true" data-quiz-status></span></p>
</div>
<section class="quiz-result" id="result" aria-labelledby="result-title" data-quiz-result hidden>
<h2 id="result-title">${ui.quizResultTitle}</h2>
<p class="quiz-score" data-quiz-score></p>
<p class="quiz-decided" data-quiz-decided hidden></p>
<p class="quiz-ticked" data-quiz-ticked></p>
<div class="quiz-band" data-quiz-band></div>
<#-- On paper only: the result's address, the share link with the answers (#a=…), for the reader of the printout to reopen it;
     after the advice, which the score keeps on its page. -->
<p class="quiz-print-address" data-quiz-print-address>${ui.quizPrintAddress} <span class="quiz-print-url" data-quiz-print-url></span></p>
<h3>${ui.quizBreakdown}</h3>
<ol class="quiz-breakdown" data-quiz-breakdown></ol>
<p class="quiz-actions">
<a href="#" class="quiz-share" data-quiz-share>${ui.quizShareLink}</a>
<button type="button" data-quiz-copy>${ui.quizCopy}</button>
<button type="button" data-quiz-print>${ui.quizPrint}</button>
<button type="reset">${ui.quizReset}</button>
</p>
<p class="quiz-copied" role="status" data-quiz-copied></p>
<#-- The hint names Ctrl+C and ⌘C only where there is a keyboard to press them on: quiz.css shows one of the two. -->
<p class="quiz-link" data-quiz-link hidden><label for="quiz-url"><span class="quiz-link-keys">${ui.quizLinkHint}</span><span class="quiz-link-touch">${ui.quizLinkHintTouch}</span></label> <input type="text" id="quiz-url" class="quiz-url" readonly spellcheck="false" data-quiz-url></p>
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
<tr id="${b.anchor}" data-band="${b.id}" data-min="${b.min?c}" data-max="${b.max?c}">
<td class="quiz-range">${b.rangeText}</td>
<th scope="row" class="quiz-band-title">${b.title}</th>
<#-- On paper with a result, the advice of the result's row is the one printed above it, in the result's box: quiz.css
     prints data-above in its place. -->
<td class="quiz-advice" data-content data-above="${ui.quizAdviceAbove}">${b.adviceHtml?no_esc}</td>
</tr>
</#list>
</tbody>
</table>
</section>
</article>
</@layout.page>
