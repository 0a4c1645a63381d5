<#ftl output_format="HTML">
<#-- Footer: all articles, about link, feed, the no-tracking promise. -->
<footer class="site-footer">
<div class="wrap">
<p>${ui.footerNote}</p>
<#-- Every link has a "·" before it; the list is pulled left by one separator's width inside a box that
     clips it, so the separator of a line's first link is cut off and no line starts or ends with one. -->
<#-- The link to the page itself says so to screen readers (aria-current="page"). -->
<div class="footer-links"><ul>
<li><span class="footer-sep" aria-hidden="true">·</span><a href="${ui.archiveUrl}"<#if content.url == ui.archiveUrl> aria-current="page"</#if>>${ui.allArticles}</a></li>
<li><span class="footer-sep" aria-hidden="true">·</span><a href="${ui.aboutUrl}"<#if content.url == ui.aboutUrl> aria-current="page"</#if>>${ui.about}</a></li>
<li><span class="footer-sep" aria-hidden="true">·</span><a href="${content.language.feedPath}">${ui.feed}</a></li>
</ul></div>
</div>
</footer>
