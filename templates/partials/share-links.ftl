<#ftl output_format="HTML">
<#-- Plain share links: no third-party script, no counter, no cookie. Where the browser has a share
     sheet (the Web Share API, on phones above all), /js/share.js shows a button that opens it;
     without JavaScript the button stays hidden and the links work as they are. -->
<#assign shareUrl = content.canonical?url('UTF-8')>
<#-- Shared, the title has ordinary spaces, as the editor typed it: the typography pass's no-break spaces (and
     narrow ones) would reach a mail subject or a post's text as "%C2%A0", and the share sheet's title (the button's
     data-title, which /js/share.js hands to navigator.share) as a space that a message or a note searched later
     does not match. -->
<#assign plainTitle = content.title?replace("\xA0", " ")?replace("\x202F", " ")>
<#assign shareText = plainTitle?url('UTF-8')>
<section class="share" aria-labelledby="share-title">
<h2 id="share-title">${ui.share}</h2>
<ul>
<li hidden data-share-native><button type="button" data-title="${plainTitle}" data-url="${content.canonical}">${ui.shareNative}</button></li>
<li><a href="https://www.linkedin.com/sharing/share-offsite/?url=${shareUrl}" rel="noopener">${ui.shareOnLinkedIn}</a></li>
<li><a href="https://www.facebook.com/sharer/sharer.php?u=${shareUrl}" rel="noopener">${ui.shareOnFacebook}</a></li>
<li><a href="https://wa.me/?text=${shareText}%20${shareUrl}" rel="noopener">${ui.shareOnWhatsApp}</a></li>
<li><a href="https://x.com/intent/post?url=${shareUrl}&amp;text=${shareText}" rel="noopener">${ui.shareOnX}</a></li>
<li><a href="https://pinterest.com/pin/create/button/?url=${shareUrl}&amp;description=${shareText}" rel="noopener">${ui.shareOnPinterest}</a></li>
<li><a href="mailto:?subject=${shareText}&amp;body=${shareUrl}">${ui.shareByEmail}</a></li>
</ul>
</section>
