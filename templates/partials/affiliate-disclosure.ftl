<#ftl output_format="HTML">
<#-- In every page's layout, above the content: the build keeps it only where the page has an affiliate link (guide.html.AffiliateMarks; UOKiK / FTC). -->
<div class="wrap disclosure-wrap" data-affiliate-disclosure>
<aside class="affiliate-disclosure" aria-labelledby="affiliate-disclosure-title">
<p><strong id="affiliate-disclosure-title">${ui.affiliateDisclosureTitle}.</strong> ${ui.affiliateDisclosure}</p>
</aside>
</div>
