<#ftl output_format="HTML">
<#-- Table of contents: the build fills the list from the article's headings. -->
<nav class="toc" aria-labelledby="toc-title" data-toc>
<h2 id="toc-title">${ui.toc}</h2>
<ol></ol>
</nav>
