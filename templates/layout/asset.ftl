<#ftl output_format="HTML">
<#-- The address of a file of assets/: asset.url("/css/site.css"), the one way templates name assets
     (import this file as "asset"). The build publishes style sheets and scripts under content-hashed
     names (/css/site.3f9a1c2e.css) and passes every asset's address in `assets`; plain JBake (the
     benchmark's comparison) passes none and keeps the plain names. -->
<#function url path>
<#if !assets??><#return path></#if>
<#if !assets[path]??><#stop "asset.url(\"" + path + "\"): no such file in assets/ (write its path from assets/, e.g. /css/site.css)"></#if>
<#return assets[path]>
</#function>
