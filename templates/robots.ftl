<#ftl output_format="plainText">
User-agent: *
Allow: /

Sitemap: ${content.sitemapUrl}
