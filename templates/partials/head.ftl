<#ftl output_format="HTML">
<#-- title, description, canonical, hreflang alternates, Open Graph with the share picture (the page's card or the article's own image), CSP: everything in <head>. -->
<#import "/layout/asset.ftl" as asset>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- The policy comes from the build (guide.publish.SecurityHeaders); hosts that can also send it as a header add frame-ancestors. -->
<#if contentSecurityPolicy??><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}"></#if>
<meta name="referrer" content="strict-origin-when-cross-origin">
<title><#if content.type == "home" || content.type == "root" || content.type == "rootnotfound">${content.title}<#else>${content.title} | ${ui.siteName}</#if></title>
<#if content.summary??><meta name="description" content="${content.summary}"></#if>
<#-- Reader views and read-later apps (Firefox, Mozilla's Readability) take the byline from here; without it they took the author box's heading ("O autorze"). -->
<#if content.author??><meta name="author" content="${content.author.name}"></#if>
<#-- A not-found page is noindex: it names no canonical address and no hreflang alternates (they would
     ask a search engine to index it, and Google advises against mixing them with noindex). So is a draft's page,
     which only the preview serves. -->
<#assign noindex = content.type == "notfound" || content.type == "rootnotfound" || content.draft??>
<#if !noindex>
<link rel="canonical" href="${content.canonical}">
<#list content.alternates as alt>
<link rel="alternate" hreflang="${alt.lang}" href="${alt.href}">
</#list>
</#if>
<#-- The root page and its not-found page are every language's: a feed reader given the site's address offers each feed, by its own name. -->
<#if content.type == "root" || content.type == "rootnotfound">
<#list content.languages as l>
<link rel="alternate" type="application/atom+xml" title="${l.feedTitle}" href="${l.feedPath}">
</#list>
<#else>
<link rel="alternate" type="application/atom+xml" title="${ui.siteName}" href="${content.language.feedPath}">
</#if>
<meta property="og:type" content="<#if content.type == "post">article<#else>website</#if>">
<#-- Open Graph's article dates, as the article's header shows them: published, and updated once it has been. -->
<#if content.type == "post" && content.date??><meta property="article:published_time" content="${content.date.iso}">
<#if content.updated??><meta property="article:modified_time" content="${content.updated.iso}">
</#if></#if>
<meta property="og:title" content="${content.title}">
<#if content.summary??><meta property="og:description" content="${content.summary}"></#if>
<meta property="og:url" content="${content.canonical}">
<meta property="og:site_name" content="${ui.siteName}">
<meta property="og:locale" content="${content.language.ogLocale}">
<#-- og:locale:alternate tells Facebook that this same address serves those locales too (it asks for it again with
     ?fb_locale=en_GB and keeps what it gets as that locale's preview). Only the root pages show every language at one
     address; a language's page has its translations at their own addresses, named by the hreflang links above. -->
<#if content.type == "root" || content.type == "rootnotfound">
<#list content.languages as l><#if l.lang != content.lang><meta property="og:locale:alternate" content="${l.ogLocale}">
</#if></#list>
</#if>
<#if content.socialImage??>
<meta property="og:image" content="${content.socialImage.url}">
<meta property="og:image:width" content="${content.socialImage.width?c}">
<meta property="og:image:height" content="${content.socialImage.height?c}">
<meta property="og:image:alt" content="${content.socialImage.alt}">
<meta name="twitter:card" content="summary_large_image">
<#-- X falls back to og:title, og:description and og:image, but documents no fallback for the image's alt text. -->
<meta name="twitter:image:alt" content="${content.socialImage.alt}">
</#if>
<#if noindex><meta name="robots" content="noindex"><#elseif content.type != "articles" && content.type != "root"><meta name="guide-search" content="index"<#if content.date??> data-date="${content.date.iso}"</#if>></#if>
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${asset.url("/favicon.svg")}" type="image/svg+xml">
<link rel="stylesheet" href="${asset.url("/css/site.css")}">
<#if extraStyle?? && extraStyle?has_content><link rel="stylesheet" href="${asset.url(extraStyle)}"></#if><#if digits?? && digits != "latn">
<link rel="stylesheet" href="${asset.url("/css/digits.css")}"></#if>
<#if content.type == "post"><#include "/partials/jsonld.ftl"></#if>
</head>
