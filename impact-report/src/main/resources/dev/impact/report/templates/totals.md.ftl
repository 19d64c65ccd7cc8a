<#ftl output_format="Markdown" strip_whitespace=true>
<#-- Markdown report of totals (no per-line tables): every ${...} is escaped by MarkdownOutputFormat. -->
# ${t.totals_kicker} — ${title}

${subtitle} · ${lineCount} ${t.lines_count}

## ${t.section_headline}

| ${t.col_indicator} | ${t.col_value} | |
|---|---:|---|
<#list headline as h>
| ${h.label} | ${h.value}<#if h.available> ${h.unit}</#if> | ${h.embodiedShare} |
</#list>

<#if keyMessage?has_content>
> ${keyMessage}

</#if>
<#if equivalences?has_content>
## ${t.section_equivalences} (illustration)

${t.equivalences_note}

<#list equivalences as e>
- **${e.amount} ${e.unit}** — ${e.basis}; ${e.source}. ${e.locator}
</#list>

</#if>
## ${t.section_categories}

| ${t.col_category} | ${t.col_lines} | ${t.col_quantity} |<#list indicators as i> ${i.label} (${i.unit}) |</#list> ${t.col_share} |
|---|---:|---:|<#list indicators as i>---:|</#list>---:|
<#list categories as c>
| ${c.name} | ${c.lines} | ${c.quantity} |<#list c.values as v> ${v} |</#list> ${c.share} |
</#list>

## ${t.section_phases}

| ${t.col_phase} |<#list indicators as i> ${i.label} (${i.unit}) |</#list>
|---|<#list indicators as i>---:|</#list>
<#list byPhase as p>
| ${p.phase} |<#list p.values as v> ${v} |</#list>
</#list>
| **${t.col_total}** |<#list totals as v> **${v}** |</#list>

<#if hasPartial || hasNa>
<#if hasPartial>${t.legend_partial} </#if><#if hasNa>${t.legend_na}</#if>

</#if>
## ${t.section_defaults}

<#if defaults?has_content>
${t.defaults_note}

| ${t.col_field} | ${t.col_value} | ${t.col_status} | ${t.col_basis} | ${t.col_source} | ${t.col_lines} |
|---|---:|---|---|---|---:|
<#list defaults as d>
| ${d.field} | ${d.value} | ${d.status} | ${d.basis} | ${d.source} | ${d.lines} |
</#list>
<#else>
${t.no_defaults}
</#if>

## ${t.section_reading}

${readingSummary}
<#if reasons?has_content>

| ${t.col_reason} | ${t.col_problems} |
|---|---:|
<#list reasons as r>
| ${r.reason} | ${r.count} |
</#list>
</#if>
<#if problems?has_content>

### ${t.totals_first_problems}

<#list problems as p>
- ${p}
</#list>
<#if moreProblems?has_content>

${moreProblems}
</#if>
</#if>
<#if notices?has_content>

### ${t.section_notices}

<#list notices as n>
- ${n}
</#list>
</#if>

## ${t.section_method}

<#list method as m>
${m?counter}. ${m}
</#list>

---
${t.generated_by} · ${catalog} · ${checksum}
