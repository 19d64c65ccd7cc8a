<#ftl output_format="Markdown" strip_whitespace=true>
<#-- Comparison of offers in Markdown: every ${...} is escaped by MarkdownOutputFormat. -->
# ${heading}

${subtitle}

<#list key as k>
> ${k}

</#list>
## ${t.cmp_section_offers}

| ${t.col_offer} | ${t.col_inventory} | ${t.col_lines} |
|---|---|---:|
<#list offers as o>
| ${o.name} | ${o.inventory} | ${o.lines} |
</#list>
<#list indicators as i>

## ${i.label} (${i.unit})

| ${t.col_rank} | ${t.col_offer} | ${t.col_central} | ${t.col_mean} | ${rangeLabel} | ${t.col_p_lowest} |
|---:|---|---:|---:|---:|---:|
<#list i.rows as r>
| ${r.rank} | <#if r.best>**${r.name}**<#else>${r.name}</#if> | ${r.central} | ${r.mean} | ${r.range} | ${r.pLowest} |
</#list>

${t.cmp_matrix_title}:

| |<#list i.matrixHeader as h> ${h} |</#list>
|---|<#list i.matrixHeader as h>---:|</#list>
<#list i.matrix as m>
| ${m.name} |<#list m.cells as c> ${c.text} |</#list>
</#list>

${t.cmp_matrix_note}
</#list>

## ${t.section_method}

<#list method as m>
${m?counter}. ${m}
</#list>

---
${t.generated_by}
