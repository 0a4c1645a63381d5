<#ftl output_format="HTML">
<#-- On a page that states the law (legalStatus= in its front matter): the date of the legal status, and that it is not legal advice.
     Included right after the page's <header>, not in it, as a paragraph beside the text: reader views (Firefox's Reader View,
     Mozilla Readability) leave the header out, and keep a paragraph of more than 80 characters without links next to the
     text (guide.site.ReaderViewTest). site.css keeps it as close under the title as it was inside the header. -->
<#if content.legalNotice??>
<p class="legal-notice" role="note">${content.legalNotice.text} ${ui.notLegalAdvice}</p>
</#if>
