// Merges the parts of one bench run into bench/results.json and bench/results.md (a smoke run
// writes bench/results-smoke.* instead, so it never overwrites measured figures).
//
// Each part is a JSON file written by bench/<part>/run:
// {
//   "part": "browser",                       // the section title
//   "environment": "Chromium 156, 4× CPU slowdown, …",
//   "figures": [{ "name": "…", "value": 123.4, "unit": "ms", "budget": "≤ 16 ms",
//                 "pass": true | false | null (reported only), "note": "…" }],
//   "steps": [{ "step": "…", "before": "…", "after": "…" }]   // optional: size work, before/after
// }
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const smoke = dir.endsWith('/smoke');
const parts = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const when = new Date().toISOString();
const cell = (v) => (v === null || v === undefined ? '' : String(v).replaceAll('|', '\\|'));
const verdict = (pass) => (pass === true ? 'pass' : pass === false ? '**FAIL**' : 'reported');

const lines = [`# Bench results${smoke ? ' (smoke run: not measurements)' : ''}`, '',
  `Run ${when} on ${process.platform}, by \`scripts/bench${smoke ? ' --smoke' : ''}\`.`, ''];
for (const part of parts) {
  lines.push(`## ${part.part}`, '');
  if (part.environment) lines.push(part.environment, '');
  lines.push('| figure | value | budget | verdict | note |', '|---|---|---|---|---|');
  for (const f of part.figures) {
    lines.push(`| ${cell(f.name)} | ${cell(f.value)} ${cell(f.unit)} | ${cell(f.budget)} | ${verdict(f.pass)} | ${cell(f.note)} |`);
  }
  lines.push('');
  if (part.steps?.length) {
    lines.push('| step | before | after |', '|---|---|---|');
    for (const s of part.steps) lines.push(`| ${cell(s.step)} | ${cell(s.before)} | ${cell(s.after)} |`);
    lines.push('');
  }
}
const failed = parts.flatMap((p) => p.figures.filter((f) => f.pass === false).map((f) => `${p.part}: ${f.name}`));
lines.push(failed.length ? `**${failed.length} budget(s) not met:** ${failed.join('; ')}` : 'Every budget is met.', '');
const base = smoke ? 'bench/results-smoke' : 'bench/results';
writeFileSync(`${base}.md`, lines.join('\n'));
writeFileSync(`${base}.json`, JSON.stringify({ run: when, smoke, parts }, null, 2) + '\n');
console.log(lines.join('\n'));
