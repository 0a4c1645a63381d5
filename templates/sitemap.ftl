<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list content.sitemap as p>
<url>
<loc>${p.loc}</loc>
<#if p.lastmod??><lastmod>${p.lastmod}</lastmod></#if>
<#list p.alternates as alt>
<xhtml:link rel="alternate" hreflang="${alt.lang}" href="${alt.href}"/>
</#list>
</url>
</#list>
</urlset>
