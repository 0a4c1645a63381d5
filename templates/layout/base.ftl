<#ftl output_format="HTML">
<#-- The page frame every HTML page shares: head, skip link, header, main, footer. -->
<#import "/layout/asset.ftl" as asset>
<#macro page kind script="" style="">
<#-- JBake's data model looks a name up among its database queries before the page's own values,
     and throws (and catches) an exception for each name that is not one: read once here, `content`
     and `assets` then come from the global namespace (a 2 × 1,000 build threw 176,000 exceptions). -->
<#global content = content>
<#if assets??><#global assets = assets></#if>
<#global extraStyle = style>
<#global ui = content.ui>
<!DOCTYPE html>
<#-- A language whose digits are not Latin (Marathi's "१७", CLDR's deva) names them, and head.ftl loads digits.css, which
     gives the numbers the style sheets write (list markers, the quiz's total without JavaScript) the same digits. Its ten
     digits, zero to nine, are for the scripts (numbers.js), which write numbers with them where the browser's Intl writes
     Latin ones for the locale (Chromium 156's for 19 languages, among them Nepali, Burmese, Dzongkha, Santali and Pashto:
     the README's "Add a language" lists them). -->
<#global digits = content.language.digits.system>
<html lang="${content.lang}" dir="${content.language.direction}"<#if digits != "latn"> data-digits="${digits}" data-digit-symbols="${content.language.digits.symbols}"</#if>>
<#include "/partials/head.ftl">
<body class="page-${kind}">
<a class="skip-link" href="#main">${ui.skipToContent}</a>
<#-- Only a draft's page has it, and only the preview (./guide serve) serves one: no build writes a draft. -->
<#if content.draft??><p class="draft-notice" role="note">${ui.draftNotice}</p></#if>
<#include "/partials/site-header.ftl">
<main id="main" tabindex="-1">
<#include "/partials/affiliate-disclosure.ftl">
<#nested>
</main>
<#include "/partials/site-footer.ftl">
<script type="module" src="${asset.url("/js/search.js")}"></script>
<#if (content.switcher![])?filter(s -> s.sections?has_content)?has_content><script type="module" src="${asset.url("/js/lang-switch.js")}"></script></#if>
<#if script?has_content><script type="module" src="${asset.url(script)}"></script></#if>
</body>
</html>
</#macro>
