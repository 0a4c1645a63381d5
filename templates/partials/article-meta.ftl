<#ftl output_format="HTML">
<#-- Date in the page's language (and when the text was last updated, if later: the word kept on the date's line), reading time and word count, author (and whose work the page adapts).
     Each part is a .meta-part, and each but the last ends with "&nbsp;·", as a phrase ends with its comma (#sep: no part
     needs to know which parts follow it): a line breaks only between whole parts (site.css), after a "·", so no line
     starts with one. A part wider than the line (large text on a phone) wraps between its own words, its "·" tied to the
     word before it. The author's name is in its part, so it never starts a line alone; the space between the label (which carries its
     own colon where the language wants one: "Opracowanie:", but "Adapted by") and the name is a plain one, so that a part wider than the line ends its first line after the label rather than breaking the name
     ("Opracowanie: Redakc|ja" with text at 200 % on a phone), and the comma before the original's credit is in the part,
     after the name, never opening the next line. -->
<#assign metaPart><time datetime="${content.date.iso}">${content.date.text}</time></#assign>
<#assign metaParts = [metaPart]>
<#if content.updated??>
<#assign metaPart>${ui.updatedOn} <time datetime="${content.updated.iso}">${content.updated.text}</time></#assign>
<#assign metaParts += [metaPart]>
</#if>
<#assign metaParts += [content.readingTime]>
<#if content.wordCount??><#assign metaParts += [content.wordCount]></#if>
<#if content.author??>
<#assign metaPart><#if content.basedOn??>${ui.adaptedBy}<#else>${ui.byAuthor}</#if> <a href="#author">${content.author.name}</a><#if content.basedOn??>,</#if></#assign>
<#assign metaParts += [metaPart]>
</#if>
<p class="meta"><#list metaParts as part><span class="meta-part">${part}<#sep>&nbsp;·</#sep></span><#sep> </#sep></#list><#if content.author?? && content.basedOn??> <a href="#original-author">${ui.basedOn?replace("{name}", content.basedOn.creditName)}</a></#if></p>
