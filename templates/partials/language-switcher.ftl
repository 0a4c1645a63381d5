<#ftl output_format="HTML">
<#-- Links to the same page in the other language; where there is none, says so and offers that language's home.
     data-sections: the ids of the other page's known sections; /js/lang-switch.js points the link at the one
     being read, the plain link goes to the top. -->
<#if content.switcher??>
<nav class="lang-switch" aria-label="${ui.languageSwitch}">
<#list content.switcher as s>
<#if s.available>
<a href="${s.url}" hreflang="${s.lang}" lang="${s.lang}" data-lang-switch<#if s.sections?has_content> data-sections="${s.sections?join(" ")}"</#if>>${s.langName}</a>
<#else>
<span class="lang-missing">${s.missingNote}</span> <a href="${s.url}" hreflang="${s.lang}" lang="${s.lang}" data-lang-switch>${s.homeLabel}</a>
</#if>
</#list>
</nav>
</#if>
