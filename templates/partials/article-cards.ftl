<#ftl output_format="HTML">
<#-- A list of article cards (title, date, reading time (a quiz has none: its summary says how long it takes), summary) from the variable "cards". -->
<ul>
<#list cards as item>
<li class="card">
<h3><a href="${item.url}">${item.title}</a></h3>
<p class="meta"><#if item.readingTime??><span class="meta-part"><time datetime="${item.date.iso}">${item.date.text}</time>&nbsp;·</span> <span class="meta-part">${item.readingTime}</span><#else><time datetime="${item.date.iso}">${item.date.text}</time></#if></p>
<p>${item.summary}</p>
</li>
</#list>
</ul>
