<#ftl output_format="HTML">
<#import "/layout/base.ftl" as layout>
<#-- The "page not found" page of one language. -->
<@layout.page kind="notfound">
<div class="wrap article">
<h1>${content.title}</h1>
<div class="prose" data-prose data-content>
${content.body?no_esc}
</div>
</div>
</@layout.page>
