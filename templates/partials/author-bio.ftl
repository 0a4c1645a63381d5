<#ftl output_format="HTML">
<#-- The author box at the end of an article, from content/authors.yaml; for an adapted article, also the original's author.
     rel="author" only: the build adds noopener to a link that leaves the site (guide.html.LinkAttributes), as to every other.
     A team (schemaType: Organization in authors.yaml) is headed "About the editors" (ui.aboutTheTeam), not "About the author";
     an original written by one is headed ui.aboutTheOriginalTeam, not ui.aboutTheOriginalAuthor. -->
<#macro authorCard a id titleText>
<section class="author-bio" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${titleText}</h2>
<p class="author-name"><#if a.url??><a href="${a.url}" rel="author">${a.name}</a><#else>${a.name}</#if></p>
<p class="author-role">${a.role}</p>
<p>${a.bio}</p>
<#if a.profiles?has_content>
<ul class="author-profiles" aria-label="${ui.authorProfiles}">
<#list a.profiles as p><li><a href="${p.url}">${p.label}</a></li></#list>
</ul>
</#if>
</section>
</#macro>
<@authorCard a=content.author id="author" titleText=(content.author.schemaType == "Organization")?then(ui.aboutTheTeam, ui.aboutTheAuthor)/>
<#if content.basedOn??><@authorCard a=content.basedOn id="original-author" titleText=(content.basedOn.schemaType == "Organization")?then(ui.aboutTheOriginalTeam, ui.aboutTheOriginalAuthor)/></#if>
