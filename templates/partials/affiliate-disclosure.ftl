<#ftl output_format="HTML">
<#-- Shown at the top of every page with affiliate links, before the first one (UOKiK / FTC). -->
<aside class="affiliate-disclosure" data-affiliate-disclosure aria-labelledby="affiliate-disclosure-title">
<p><strong id="affiliate-disclosure-title">${ui.affiliateDisclosureTitle}.</strong> ${ui.affiliateDisclosure}</p>
</aside>
