<#ftl output_format="HTML">
<#-- Footer: all articles, about link, feed, the no-tracking promise. -->
<footer class="site-footer">
<div class="wrap">
<p>${ui.footerNote}</p>
<p><a href="${ui.archiveUrl}">${ui.allArticles}</a> · <a href="${ui.aboutUrl}">${ui.about}</a> · <a href="${content.language.feedPath}">${ui.feed}</a></p>
</div>
</footer>
