<#ftl output_format="HTML">
<#-- On a page that states the law (legalStatus= in its front matter): the date of the legal status, and that it is not legal advice. -->
<#if content.legalNotice??>
<p class="legal-notice" role="note">${content.legalNotice.text} ${ui.notLegalAdvice}</p>
</#if>
