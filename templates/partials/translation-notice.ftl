<#ftl output_format="HTML">
<#-- Shown on a translation whose source changed since it was translated. -->
<#if content.outdatedNotice??>
<p class="translation-notice" role="note">${content.outdatedNotice.text} <a href="${content.outdatedNotice.url}" hreflang="${content.outdatedNotice.lang}" lang="${content.outdatedNotice.lang}">${content.outdatedNotice.linkText}</a></p>
</#if>
