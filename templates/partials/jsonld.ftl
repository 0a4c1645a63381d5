<#ftl output_format="HTML">
<#-- schema.org Article with its author (one @id shared by every language), the work it adapts, if any, and the publisher. -->
<#macro person a>{"@type":"${a.schemaType}","@id":"${a.personId?json_string?no_esc}","name":"${a.name?json_string?no_esc}","description":"${a.bio?json_string?no_esc}"<#if a.schemaType == "Person">,"jobTitle":"${a.role?json_string?no_esc}"</#if><#if a.url??>,"url":"${(a.url?starts_with("/")?then(content.siteUrl, "") + a.url)?json_string?no_esc}"</#if><#if a.profiles?has_content>,"sameAs":[<#list a.profiles as p>"${p.url?json_string?no_esc}"<#sep>,</#list>]</#if>}</#macro>
<#-- schema.org's width and height take a QuantitativeValue (or a Distance such as "7 ft", which has no pixels): E37 is UN/CEFACT's pixel. -->
<#macro px n>{"@type":"QuantitativeValue","value":${n?c},"unitCode":"E37"}</#macro>
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
{"@type":"Article","@id":"${(content.canonical + "#article")?json_string?no_esc}","headline":"${content.title?json_string?no_esc}","description":"${content.summary?json_string?no_esc}","datePublished":"${content.date.iso}","dateModified":"${(content.updated!content.date).iso}","inLanguage":"${content.lang}",<#if content.socialImage??>"image":{"@type":"ImageObject","url":"${content.socialImage.url?json_string?no_esc}","width":<@px content.socialImage.width/>,"height":<@px content.socialImage.height/>},</#if>"mainEntityOfPage":"${content.canonical?json_string?no_esc}","author":{"@id":"${content.author.personId?json_string?no_esc}"}<#if content.basedOn??>,"isBasedOn":{"@type":"CreativeWork","author":{"@id":"${content.basedOn.personId?json_string?no_esc}"}}</#if>,"publisher":{"@id":"${(content.siteUrl + "/#publisher")?json_string?no_esc}"}},
<@person content.author/>,
<#if content.basedOn??><@person content.basedOn/>,
</#if>{"@type":"Organization","@id":"${(content.siteUrl + "/#publisher")?json_string?no_esc}","name":"${ui.siteName?json_string?no_esc}","url":"${(content.siteUrl + "/")?json_string?no_esc}"}
]}
</script>
