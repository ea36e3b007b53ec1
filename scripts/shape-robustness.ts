// `npm run shapes [-- options]`: how well the diagnosis survives the shapes real pastes arrive in. Every
// labelled real case (../shared/eval-dev, ../shared/eval-dev-2026, fixtures/corpus cases from a public thread)
// is diagnosed as posted and again in each paste shape of scripts/shapes/transforms.ts, in this process; the
// table gives, per shape and corpus, the cases right as posted that stay right (kept/eligible), and the cases
// that got a false alarm they did not have as posted.
//
//   --corpus NAME[,NAME]      eval-dev, eval-dev-2026, corpus-real (default: all that exist)
//   --transform NAME[,NAME]   only these shapes (default: all)
//   --limit N                 the first N cases of each corpus (a quick look)
//   --json FILE               also write the cells (with the lost cases' names) as JSON
//   --lost                    list the lost cases and new false alarms under the table
import { writeFileSync } from 'node:fs';
import { baselines, cellOf, loadCases, realCorpora, type Cell } from './shapes/matrix.js';
import { TRANSFORMS } from './shapes/transforms.js';

interface Options { corpora?: string[]; transforms?: string[]; limit?: number; json?: string; lost: boolean }

function parse(argv: string[]): Options | string {
  const o: Options = { lost: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (a === '--corpus') o.corpora = value()?.split(',');
    else if (a === '--transform') o.transforms = value()?.split(',');
    else if (a === '--limit') o.limit = Number(value());
    else if (a === '--json') o.json = value();
    else if (a === '--lost') o.lost = true;
    else if (a === '--help' || a === '-h') return 'help';
    else return `unknown option ${a}`;
  }
  if (o.limit !== undefined && !(o.limit > 0)) return '--limit wants a positive number';
  const known = new Set(TRANSFORMS.map((t) => t.name));
  const unknown = o.transforms?.filter((t) => !known.has(t));
  if (unknown?.length) return `unknown transform ${unknown.join(', ')} (known: ${[...known].join(', ')})`;
  return o;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

async function main(argv: string[]): Promise<number> {
  const o = parse(argv);
  if (typeof o === 'string') {
    const usage = 'usage: shape-robustness [--corpus NAMES] [--transform NAMES] [--limit N] [--json FILE] [--lost]';
    if (o === 'help') {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    process.stderr.write(`shape-robustness: ${o}\n${usage}\n`);
    return 2;
  }
  const specs = realCorpora().filter((c) => !o.corpora || o.corpora.includes(c.name));
  if (specs.length === 0) {
    process.stderr.write('shape-robustness: no corpus found\n');
    return 2;
  }
  const transforms = TRANSFORMS.filter((t) => !o.transforms || o.transforms.includes(t.name));
  const cells: Cell[] = [];
  const started = process.cpuUsage();
  const header: string[] = [];
  for (const spec of specs) {
    const { cases: all, notUtf8 } = loadCases(spec);
    const cases = o.limit ? all.slice(0, o.limit) : all;
    const base = await baselines(cases);
    const right = [...base.values()].filter((b) => b.top1).length;
    header.push(`${spec.name}: ${cases.length} cases (${notUtf8} not UTF-8, left out), ${right} right as posted (${pct(right, cases.length)})`);
    for (const t of transforms) {
      cells.push(await cellOf(spec.name, cases, base, t));
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  const cpu = process.cpuUsage(started);

  const names = specs.map((s) => s.name);
  const width = Math.max(...transforms.map((t) => t.name.length), 9);
  const col = 34;
  const lines = [...header, ''];
  lines.push(`${'shape'.padEnd(width)}  ${names.map((n) => n.padEnd(col)).join('')}`);
  lines.push(`${''.padEnd(width)}  ${names.map(() => 'kept/eligible    lost +FA(healthy)'.padEnd(col)).join('')}`);
  const totals = new Map<string, { eligible: number; kept: number }>();
  for (const t of transforms) {
    const row = names.map((n) => {
      const c = cells.find((x) => x.corpus === n && x.transform === t.name)!;
      const total = totals.get(n) ?? { eligible: 0, kept: 0 };
      total.eligible += c.eligible;
      total.kept += c.kept;
      totals.set(n, total);
      return `${`${c.kept}/${c.eligible}`.padStart(9)} ${pct(c.kept, c.eligible).padStart(6)} ${String(c.lost.length).padStart(4)} ${String(c.newAlarms.length).padStart(4)}(${c.newAlarmsHealthy})`.padEnd(col);
    });
    lines.push(`${t.name.padEnd(width)}  ${row.join('')}`);
  }
  lines.push(`${'all'.padEnd(width)}  ${names.map((n) => { const t = totals.get(n)!; return `${`${t.kept}/${t.eligible}`.padStart(9)} ${pct(t.kept, t.eligible).padStart(6)}`.padEnd(col); }).join('')}`);
  lines.push('', `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
  if (o.lost) {
    for (const c of cells) {
      if (c.lost.length === 0 && c.newAlarms.length === 0) continue;
      lines.push('', `${c.transform} × ${c.corpus}:`);
      for (const l of c.lost) lines.push(`  lost ${l}`);
      for (const a of c.newAlarms) lines.push(`  +FA  ${a}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (o.json) writeFileSync(o.json, JSON.stringify({ header, cells }, null, 1));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`shape-robustness: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
