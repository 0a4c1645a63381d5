<#ftl output_format="HTML">
<#-- title, description, canonical, hreflang alternates, Open Graph, CSP: everything in <head>. -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title><#if content.type == "home" || content.type == "root">${content.title}<#else>${content.title} | ${ui.siteName}</#if></title>
<#if content.summary??><meta name="description" content="${content.summary}"></#if>
<link rel="canonical" href="${content.canonical}">
<#list content.alternates.items as alt>
<link rel="alternate" hreflang="${alt.lang}" href="${alt.href}">
</#list>
<link rel="alternate" type="application/atom+xml" title="${ui.siteName}" href="/${content.lang}/feed.xml">
<meta property="og:type" content="<#if content.type == "post">article<#else>website</#if>">
<meta property="og:title" content="${content.title}">
<#if content.summary??><meta property="og:description" content="${content.summary}"></#if>
<meta property="og:url" content="${content.canonical}">
<meta property="og:site_name" content="${ui.siteName}">
<meta property="og:locale" content="<#if content.lang == "pl">pl_PL<#else>en_GB</#if>">
<#if content.type == "notfound" || content.type == "root"><meta name="robots" content="noindex"><#elseif content.type != "articles"><meta name="guide-search" content="index" data-date="${content.dateIso}"></#if>
<meta name="color-scheme" content="light dark">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/css/site.css">
<#if extraStyle?? && extraStyle?has_content><link rel="stylesheet" href="${extraStyle}"></#if>
<#if content.type == "post"><#include "/partials/jsonld.ftl"></#if>
</head>
