<#ftl output_format="Markdown" strip_whitespace=true>
<#-- Markdown report: every ${...} is escaped by MarkdownOutputFormat (tables cannot be broken by user text). -->
# ${t.doc_title} — ${title}

${subtitle} · ${lineCount} ${t.lines_count}

<#if showSummary>
## ${t.section_headline}

| ${t.col_indicator} | ${t.col_value} | |
|---|---:|---|
<#list headline as h>
| ${h.label} | ${h.value}<#if h.available> ${h.unit}</#if><#if h.range??> (${h.range}<#if h.note??>; ${h.note}</#if>)</#if> | ${h.embodiedShare} |
</#list>

<#if keyMessage?has_content>
> ${keyMessage}

</#if>
<#if keyUncertainty?has_content>
> ${keyUncertainty}

</#if>
<#if equivalences?has_content>
## ${t.section_equivalences} (${t.illustration})

${t.equivalences_note}

<#list equivalences as e>
- **${e.amount} ${e.unit}** — ${e.basis}; ${e.source}. ${e.locator}
</#list>

</#if>
## ${t.section_categories}

| ${t.col_category} | ${t.col_lines} |<#list indicators as i> ${i.label} (${i.scaledUnit}) |</#list> ${t.col_share} |<#if hasUncertainty> ${rangeHeader} (${gwpUnit}) |</#if>
|---|---:|<#list indicators as i>---:|</#list>---:|<#if hasUncertainty>---:|</#if>
<#list categories as c>
| ${c.name} | ${c.lines} |<#list c.values as v> ${v} |</#list> ${c.share} |<#if hasUncertainty> ${c.range} |</#if>
</#list>
| **${t.col_total}** | **${lineCount}** |<#list totals as v> **${v}** |</#list> **${totalShare}** |<#if hasUncertainty> |</#if>
<#if hasUncertainty>

${legendRange}
</#if>

<#if groups?has_content>
## ${t.trj_section_groups}

| ${t.trj_col_group} | ${t.col_lines} | ${gwpLabel} (${gwpScaledUnit}) | ${t.col_share} | ${t.col_main_category} |
|---|---:|---:|---:|---|
<#list groups as g>
| ${g.name} | ${g.lines} | ${g.value} | ${g.share} | ${g.main} |
</#list>

</#if>
## ${t.section_phases}

| ${t.col_phase} |<#list indicators as i> ${i.label} (${i.scaledUnit}) |</#list>
|---|<#list indicators as i>---:|</#list>
<#list byPhase as p>
| ${p.phase} |<#list p.values as v> ${v} |</#list>
</#list>
| **${t.col_total}** |<#list totals as v> **${v}** |</#list>

<#if hasPartial || hasNa>
<#if hasPartial>${t.legend_partial} </#if><#if hasNa>${t.legend_na}</#if>

</#if>
<#if top?has_content>
## ${t.section_top}

| ${t.col_line} | ${t.col_label} | ${t.col_category} | ${t.col_quantity} | ${gwpLabel} (${gwpScaledUnit}) | ${t.col_share} |
|---:|---|---|---:|---:|---:|
<#list top as l>
| ${l.index} | ${l.label} | ${l.category} | ${l.quantity} | ${l.value} | ${l.share} |
</#list>

</#if>
<#if ai??>
## ${t.section_ai}

${ai.key}
<#if ai.range??>

${ai.range}
</#if>
<#if ai.equivalence??>

${ai.equivalence}
</#if>

| ${t.col_line} | ${t.col_label} | ${t.col_quantity} | ${gwpLabel} (${ai.scaledUnit}) |<#if hasUncertainty> ${rangeLabel} |</#if> ${t.col_ai_where} |
|---:|---|---:|---:|<#if hasUncertainty>---:|</#if>---|
<#list ai.lines as l>
| ${l.index} | ${l.label} | ${l.quantity} | ${l.value} |<#if hasUncertainty> ${l.range!""} |</#if> ${l.where} |
</#list>

${ai.caveat}

${t.ai_sources}:
<#list ai.sources as s>
- ${s}
</#list>

</#if>
<#if drivers?has_content>
## ${t.section_drivers}

${t.drivers_note}

| ${t.col_driver} | ${t.col_spread} | ${t.col_variance_share} | ${t.col_rank_correlation} | ${t.col_swing} (${gwpUnit}) |
|---|---|---:|---:|---:|
<#list drivers as d>
| ${d.name} (${d.id}) | ${d.spread} | ${d.share} | ${d.rho} | ${d.swing} |
</#list>

</#if>
<#if hasPeer>
## ${peerTitle}

${peerNote}

<#if peerRows?has_content>
| ${t.col_peer_choice} | ${t.col_lines} | impact (kgCO2e) | ${peerColumn} (kgCO2e) | ${t.col_peer_difference} |
|---|---:|---:|---:|---:|
<#list peerRows as p>
| ${p.choice} | ${p.lines} | ${p.impact} | ${p.peer} | ${p.difference} |
</#list>
| ${t.col_peer_inventory} | ${lineCount} | ${peerTotalImpact} | ${peerTotalPeer} | ${peerTotalDifference} |
<#else>
${peerNone}
</#if>

</#if>
## ${t.section_defaults}

<#if defaultsSummary?has_content>
${t.defaults_summary_note}

| ${t.col_categories} | ${t.col_field} | ${t.col_source} | ${t.col_lines} |
|---|---|---|---:|
<#list defaultsSummary as d>
| ${d.categories} | ${d.input} | ${d.source} | ${d.lines} |
</#list>
<#else>
${t.no_defaults}
</#if>

## ${t.section_method}

<#list method as m>
${m?counter}. ${m}
</#list>

</#if>
<#if showAnnex>
# ${t.section_annex}

${t.annex_note}

## ${t.section_lines}

${t.lines_note}

| ${t.col_line} | ${t.col_label} | ${t.col_category} | ${t.col_quantity} |<#list indicators as i> ${i.label} (${i.unit}) |</#list><#if hasUncertainty> ${rangeHeader} (${gwpUnit}) |</#if>
|---:|---|---|---:|<#list indicators as i>---:|</#list><#if hasUncertainty>---:|</#if>
<#list lines as l>
| ${l.index} | ${l.label} | ${l.category} | ${l.quantity} |<#list l.values as v> ${v} |</#list><#if hasUncertainty> ${l.range} |</#if>
</#list>

## ${t.section_defaults}

<#if defaults?has_content>
${t.defaults_note}

| ${t.col_field} | ${t.col_value} | ${t.col_status} | ${t.col_basis} | ${t.col_source} | ${t.col_lines} |
|---|---:|---|---|---|---|
<#list defaults as d>
| ${d.field} | ${d.value} | ${d.status} | ${d.basis} | ${d.source} | ${d.lines} |
</#list>
<#else>
${t.no_defaults}
</#if>

## ${t.section_models}

<#list methodModels as m>
- ${m}
</#list>

## ${t.section_factors}

| ${t.col_factor} | ${t.col_source} | ${t.col_zone} | ${t.col_year} | ${t.col_estimate} | ${t.col_uncertainty} |
|---|---|---|---:|---|---|
<#list factors as f>
| ${f.name} (${f.id}, ${t.col_per} ${f.unit}) | ${f.publisher}, ${f.source} (${f.sourceYear}) — ${f.locator}; ${t.col_licence} ${f.licence}<#if f.note?has_content>; ${f.note}</#if> | ${f.zone} | ${f.year} | ${f.estimate} | ${f.uncertainty} |
</#list>
<#if parameters?has_content>

### ${t.section_parameters}

| ${t.col_parameter} | ${t.col_value} | ${t.col_source} | ${t.col_zone} | ${t.col_year} | ${t.col_estimate} | ${t.col_uncertainty} |
|---|---:|---|---|---:|---|---|
<#list parameters as p>
| ${p.id} | ${p.value} ${p.unit} | ${p.publisher}, ${p.source} (${p.sourceYear}) — ${p.locator}; ${t.col_licence} ${p.licence}<#if p.note?has_content>; ${p.note}</#if> | ${p.zone} | ${p.year} | ${p.estimate} | ${p.uncertainty} |
</#list>
</#if>

</#if>
---
${t.generated_by} · ${catalog} · ${checksum}
