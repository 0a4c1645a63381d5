<#ftl output_format="HTML">
<#-- The author box at the end of an article, from content/authors.yaml; for an adapted article, also the original's author.
     rel="author" only: the build adds noopener to a link that leaves the site (guide.html.LinkAttributes), as to every other.
     A team (schemaType: Organization in authors.yaml) is headed "About the editors" (ui.aboutTheTeam), not "About the author";
     an original written by one is headed ui.aboutTheOriginalTeam, not ui.aboutTheOriginalAuthor. The profiles' list is named
     likewise: ui.authorProfiles for a person, ui.teamProfiles for the team, ui.originalTeamProfiles for an original's team. -->
<#macro authorCard a id titleText profilesText>
<section class="author-bio" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${titleText}</h2>
<p class="author-name"><#if a.url??><a href="${a.url}" rel="author">${a.name}</a><#else>${a.name}</#if></p>
<p class="author-role">${a.role}</p>
<p>${a.bio}</p>
<#if a.profiles?has_content>
<ul class="author-profiles" aria-label="${profilesText}">
<#list a.profiles as p><li><a href="${p.url}">${p.label}</a></li></#list>
</ul>
</#if>
</section>
</#macro>
<#assign authorIsTeam = content.author.schemaType == "Organization">
<@authorCard a=content.author id="author" titleText=authorIsTeam?then(ui.aboutTheTeam, ui.aboutTheAuthor) profilesText=authorIsTeam?then(ui.teamProfiles, ui.authorProfiles)/>
<#if content.basedOn??>
<#assign originalIsTeam = content.basedOn.schemaType == "Organization">
<@authorCard a=content.basedOn id="original-author" titleText=originalIsTeam?then(ui.aboutTheOriginalTeam, ui.aboutTheOriginalAuthor)
    profilesText=originalIsTeam?then(ui.originalTeamProfiles, ui.authorProfiles)/>
</#if>
