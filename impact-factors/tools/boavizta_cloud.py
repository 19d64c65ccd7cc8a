#!/usr/bin/env python3
"""Writes dataset 2026.3's BoaviztAPI cloud and memory tables (issue 13) from a BoaviztAPI snapshot.

Usage: boavizta_cloud.py <boaviztapi git dir> <output data dir>
Reads, at commit 15878f045bf06bc6ed685c7266c39f7e8498ab94 (release 2.4.1):
  boaviztapi/data/archetypes/cloud/{aws,azure,gcp}.csv -> specs-cloud-instances.csv
  boaviztapi/data/archetypes/server.csv (the platforms those name) and
  boaviztapi/data/crowdsourcing/cpu_specs.csv (each platform's CPU) -> specs-cloud-platforms.csv
  boaviztapi/data/crowdsourcing/ram_manufacture.csv, ssd_manufacture.csv -> specs-memory-manufacture.csv
Only figures are taken (facts); the layout is ours (DATA-FORMAT.md, "specs*.csv"). A platform CPU without a die area
gets BoaviztAPI's family completion (mean of the code name's rows with the same cores, else a rule of three, else a
least-squares line), flagged as an estimate.
"""
import csv
import io
import re
import statistics
import subprocess
import sys

COMMIT = "15878f045bf06bc6ed685c7266c39f7e8498ab94"


def read(git_dir, path):
    text = subprocess.run(["git", "--git-dir", git_dir, "show", COMMIT + ":" + path], check=True,
                          capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(text)))


GIT, D = sys.argv[1], sys.argv[2].rstrip("/") + "/"
CPU_SPECS = read(GIT, 'boaviztapi/data/crowdsourcing/cpu_specs.csv')
slug = lambda s: re.sub(r'^-|-$', '', re.sub(r'[^a-z0-9]+', '-', s.lower()))
srv = {r['id']: r for r in read(GIT, 'boaviztapi/data/archetypes/server.csv')}
specs = {}
for r in CPU_SPECS:
    specs.setdefault(slug(r['name']), r)
fam = {}
for r in CPU_SPECS:
    fam.setdefault(r['code_name'], []).append(r)
def num(s):
    s = (s or '').strip()
    return float(s) if s else None
def fmt(v):
    if v is None: return ''
    if isinstance(v, str): return v
    return ('%d' % v) if float(v).is_integer() else repr(round(v, 6))
def cell(s, scale=1.0):
    s = (s or '').strip()
    if not s: return ''
    parts = [float(x) * scale for x in s.split(';')]
    if len(parts) == 3 and parts[0] == parts[1] == parts[2]:
        return fmt(parts[0])
    return ';'.join(fmt(p) for p in parts)
def sig3(v):
    from math import floor, log10
    return round(v, 2 - int(floor(log10(abs(v))))) if v else v
def family_die(code, cores):
    d, how = family_die_raw(code, cores)
    return (sig3(d), how + ', to 3 significant figures') if d is not None else (None, how)
def family_die_raw(code, cores):
    rows = [(num(r['cores']), num(r['total_die_size'])) for r in fam.get(code, []) if num(r['total_die_size'])]
    if not rows:
        # BoaviztAPI: a family without die areas (or none) falls back to every row that has one
        rows = [(num(r['cores']), num(r['total_die_size'])) for r in CPU_SPECS if num(r['total_die_size'])]
        code = 'all families'
    if cores is None:
        return statistics.mean(d for _, d in rows), 'mean of %s' % code
    same = [d for c, d in rows if c == cores]
    if same: return statistics.mean(same), 'mean of the rows of %s with %d cores' % (code, cores)
    wc = [(c, d) for c, d in rows if c]
    if not wc: return statistics.mean(d for _, d in rows), 'mean of family'
    if len({c for c, _ in wc}) == 1: return wc[0][1] * cores / wc[0][0], 'rule of three on cores'
    n = len(wc); mx = sum(c for c, _ in wc) / n; my = sum(d for _, d in wc) / n
    b = sum((c - mx) * (d - my) for c, d in wc) / sum((c - mx) ** 2 for c, _ in wc)
    return my + b * (cores - mx), 'least-squares line of die on cores'
tail = 'zone,year,source,uncertainty,estimate,note'
plat_cols = ['cpu.units:1', 'cpu.cores:1', 'cpu.threads:1', 'cpu.die:mm2', 'cpu.tdp:W', 'ram.units:1', 'ram.capacity:GB',
             'ssd.units:1', 'ssd.capacity:GB', 'hdd.units:1', 'hdd.capacity:GB', 'gpu.units:1', 'gpu.vram:GB',
             'psu.units:1', 'psu.mass:kg', 'cpu.load:ratio', 'lifetime:year', 'other_consumption_ratio:ratio']
inst_out = io.StringIO(); iw = csv.writer(inst_out, lineterminator='\n')
iw.writerow(['id', 'vcpu:1', 'memory:GB', 'ssd:GB', 'hdd:GB', 'gpu.units:1', 'zone', 'year', 'source', 'uncertainty', 'estimate', 'note'])
plat_out = io.StringIO(); pw = csv.writer(plat_out, lineterminator='\n')
pw.writerow(['id'] + plat_cols + tail.split(','))
used = {}
seen_inst = set()
for prov in ['aws', 'azure', 'gcp', 'ovhcloud', 'scaleway']:
    for r in read(GIT, 'boaviztapi/data/archetypes/cloud/%s.csv' % prov):
        p = r['platform'].strip()
        used.setdefault(p, set()).add(prov)
        key = (prov, slug(r['id']))
        assert key not in seen_inst, key
        seen_inst.add(key)
        g = (r['gpu_units'] or '0').strip()
        gnote = ''
        try:
            gv = fmt(float(g))
        except ValueError:
            m = re.match(r'(\d+)/(\d+)', g) or None
            if m:
                gv = fmt(int(m.group(1)) / int(m.group(2)))
            else:
                gv = fmt(float(re.match(r'(\d+)\s*[xX]', g).group(1)))
            gnote = "; gpu_units given as '%s' in the table, read as %s" % (g, gv)
        iw.writerow(['cloud.instance.%s.%s.%s' % (prov, slug(p), slug(r['id'])), r['vcpu'], r['memory'],
                     r['ssd_storage'] or '0', r['hdd_storage'] or '0', gv, 'WORLD', 2026,
                     'boaviztapi-cloud-15878f0', 'exact', 'false',
                     '%s %s on platform %s (archetypes/cloud/%s.csv)%s' % (prov, r['id'], p, prov, gnote)])
pslugs = {}
for p in sorted(used):
    s = srv[p]
    assert slug(p) not in pslugs, p
    pslugs[slug(p)] = p
    name = s['CPU.name'].strip()
    cs = specs.get(slug(name)) if name else None
    note = ['BoaviztAPI cloud platform %s (archetypes/server.csv, %s)' % (p, ', '.join(sorted(used[p])))]
    est = 'false'
    first = lambda k: num((s.get(k) or '').split(';')[0])
    # BoaviztAPI: the CPU name's figures win; the platform row's own (CPU.core_units, CPU.threads) are its defaults
    arch_cores, arch_threads, arch_per_core = first('CPU.core_units'), first('CPU.threads'), first('CPU.die_size_per_core')
    cores, threads, die, tdp = arch_cores, arch_threads, None, None
    if cs:
        tdp, die = num(cs['tdp']), num(cs['total_die_size'])
        cores = num(cs['cores']) if num(cs['cores']) is not None else arch_cores
        threads = num(cs['threads']) if num(cs['threads']) is not None else arch_threads
        note.append("CPU %s (%s) from crowdsourcing/cpu_specs.csv" % (cs['name'], cs['code_name']))
        if (cores, threads) != (num(cs['cores']), num(cs['threads'])):
            note.append('cores/threads the CPU row lacks taken from the platform row (%s/%s)' % (fmt(cores), fmt(threads)))
        if die is None:
            die, how = family_die(cs['code_name'], cores)
            if die is not None:
                est = 'true'
                note.append('die completed from family %s: %s (BoaviztAPI\'s completion)' % (cs['code_name'] or '(none)', how))
    else:
        est = 'true'
        if arch_per_core is not None and arch_cores is not None:
            die = arch_per_core * arch_cores
        note.append(("CPU '%s' not in cpu_specs.csv (BoaviztAPI matches it fuzzily)" % name if name else 'no CPU name')
                    + ': the platform row\'s own CPU figures where it gives them (cores %s, threads %s, die %s mm2), else'
                    ' impact\'s generic CPU defaults' % (fmt(cores) or '-', fmt(threads) or '-', fmt(die) or '-'))
    if s.get('WARNINGS'): note.append('BoaviztAPI warning: ' + s['WARNINGS'].strip())
    tw = s['USAGE.time_workload']
    z = lambda k: fmt(num(s[k]) or 0.0)
    row = [z('CPU.units'), fmt(cores), fmt(threads), fmt(die), fmt(tdp), z('RAM.units'), z('RAM.capacity'),
           z('SSD.units'), z('SSD.capacity'), z('HDD.units'), z('HDD.capacity'), z('GPU.units'), z('GPU.vram'), cell(s['POWER_SUPPLY.units']), cell(s['POWER_SUPPLY.unit_weight']),
           cell(tw, 0.01), fmt(float(s['USAGE.hours_life_time']) / 8760), cell(s['USAGE.other_consumption_ratio'])]
    if s.get('GPU.name', '').strip(): note.append('GPU %s (not completed: impact takes its default GPU archetype)' % s['GPU.name'].strip())
    cpuslug = slug(name) if cs else 'generic'
    pw.writerow(['cloud.platform.%s.%s' % (cpuslug, slug(p))] + row + ['WORLD', 2026, 'boaviztapi-cloud-15878f0', 'exact', est, '; '.join(note)])
open(D + 'specs-cloud-instances.csv', 'w').write(inst_out.getvalue())
open(D + 'specs-cloud-platforms.csv', 'w').write(plat_out.getvalue())
print(len(seen_inst), 'instances', len(used), 'platforms')

out = io.StringIO(); w = csv.writer(out, lineterminator='\n')
w.writerow(['id', 'density:GB/cm2', 'zone', 'year', 'source', 'uncertainty', 'estimate', 'note'])
seen = {}
for r in read(GIT, 'boaviztapi/data/crowdsourcing/ram_manufacture.csv'):
    base = 'ram.manufacture.%s.%snm' % (slug(r['manufacturer']), r['process'])
    seen[base] = seen.get(base, 0) + 1
    w.writerow(['%s-%d' % (base, seen[base]), r['density'], 'WORLD', 2021, 'boaviztapi-memory-15878f0', 'exact', 'false',
                'crowdsourcing/ram_manufacture.csv row %s, process %s nm' % (r['manufacturer'], r['process'])])
for r in read(GIT, 'boaviztapi/data/crowdsourcing/ssd_manufacture.csv'):
    base = 'ssd.manufacture.%s.%slayers' % (slug(r['manufacturer']), r['layers'])
    seen[base] = seen.get(base, 0) + 1
    year = r['Ann\u00e9e'].strip() or '2021'
    w.writerow(['%s-%d' % (base, seen[base]), r['density'], 'WORLD', year, 'boaviztapi-memory-15878f0', 'exact', 'false',
                'crowdsourcing/ssd_manufacture.csv row %s, %s layers, %s bits/cell%s; the row cites %s' % (r['manufacturer'].strip(), r['layers'], r['bits/cell'], (', ' + r['Nand type']) if r['Nand type'] else '', r['source'])])
open(D + 'specs-memory-manufacture.csv', 'w').write(out.getvalue())
