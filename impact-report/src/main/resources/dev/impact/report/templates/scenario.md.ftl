<#ftl output_format="Markdown" strip_whitespace=true>
<#-- Scenario in Markdown: every ${...} is escaped by MarkdownOutputFormat. -->
# ${heading}

${subtitle}

## ${t.scn_section_levers}

<#list levers as l>
- ${l}
</#list>

<#if key?has_content>
> ${key}

</#if>
## ${t.scn_section_indicators}

| ${t.col_indicator} | ${t.col_baseline} | ${t.col_scenario} | ${t.col_change} | ${t.col_relative} | ${relativeRangeHeader} | ${t.col_p_lower} |
|---|---:|---:|---:|---:|---:|---:|
<#list rows as r>
| ${r.label} (${r.unit}) | ${r.baseline} | ${r.scenario} | ${r.change} | ${r.relative} | ${r.relativeRange} | ${r.pLower} |
</#list>

## ${t.section_method}

<#list method as m>
${m?counter}. ${m}
</#list>

---
${t.generated_by}
