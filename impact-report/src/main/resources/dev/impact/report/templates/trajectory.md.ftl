<#ftl output_format="Markdown" strip_whitespace=true>
<#-- Trajectory in Markdown: every ${...} is escaped by MarkdownOutputFormat. -->
# ${heading}

${subtitle}

## ${t.trj_section_years}

> ${key}

| ${t.trj_col_reporting_year} | ${t.col_total} (${unit}) | ${t.col_change} | ${t.trj_col_fleet} | ${t.trj_col_factors} | ${t.trj_col_method} |
|---|---:|---:|---:|---:|---:|
<#list rows as r>
| ${r.year} | ${r.total} | ${r.change} | ${r.fleet} | ${r.factors} | ${r.method} |
</#list>

${t.trj_split_note}

<#if target??>
## ${t.trj_section_target}

> ${target}

</#if>
<#if levers??>
## ${t.trj_section_levers?replace("{0}", scenarioName)}

> ${leverKey}

| ${t.trj_col_lever} | ${t.trj_col_saving} (${unit}) | ${leverRangeHeader} | ${t.trj_col_p_saving} |<#if target??> ${t.trj_col_needed} |</#if>
|---|---:|---:|---:|<#if target??>---|</#if>
<#list levers as l>
| ${l.lever} | ${l.saving} | ${l.range} | ${l.pSaving} |<#if target??> ${l.closes} |</#if>
</#list>

</#if>
## ${t.trj_section_groups}

<#if groups?has_content>
| ${t.trj_col_group} |<#list years as y> ${y} (${unit}) |</#list> ${shareHeader} | ${topHeader} |
|---|<#list years as y>---:|</#list>---:|---|
<#list groups as g>
| ${g.name} |<#list g.values as x> ${x} |</#list> ${g.share} | ${g.top} |
</#list>
<#else>
${t.trj_groups_none}
</#if>

## ${t.trj_section_waste}

| ${t.trj_col_year} | ${t.trj_col_kg} | ${t.trj_col_main} |
|---|---:|---|
<#list waste as w>
| ${w.year} | ${w.kg} | ${w.top} |
</#list>

${wasteNote}

### ${t.trj_section_ages}

| ${t.trj_col_age} | ${t.trj_col_units} |
|---:|---:|
<#list ages as a>
| ${a.age} | ${a.units} |
</#list>

## ${t.section_method}

<#list method as m>
${m?counter}. ${m}
</#list>
