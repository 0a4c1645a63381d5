<#ftl output_format="HTML">
<#-- A list of article cards (title, date, reading time (a quiz has none: its summary says how long it takes), summary) from the variable "cards". -->
<ul>
<#list cards as item>
<li class="card">
<h3><a href="${item.url}">${item.title}</a></h3>
<p class="meta"><time datetime="${item.date.iso}">${item.date.text}</time><#if item.readingTime??> <span class="meta-part">·&nbsp;${item.readingTime}</span></#if></p>
<p>${item.summary}</p>
</li>
</#list>
</ul>
