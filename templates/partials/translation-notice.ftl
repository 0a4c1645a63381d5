<#ftl output_format="HTML">
<#-- Shown on a translation whose source changed since it was translated; names the sections behind (each also marked in place, see guide.html.SectionMarkers). -->
<#if content.outdatedNotice??>
<#assign notice = content.outdatedNotice>
<p class="translation-notice" role="note">${notice.text}<#if notice.sections?has_content> ${notice.sectionsText} <#list notice.sections as s><a href="#${s.anchor}">${s.title}</a><#sep>, </#sep></#list>.</#if> <a href="${notice.url}" hreflang="${notice.lang}">${notice.linkText}</a></p>
</#if>
