// Diffs `diagnose --json` over every corpus log between two builds: an engine change must keep the output
// identical (or explain each difference). Runs the same pipeline as the CLI, in one process per build.
//
//   node dist/scripts/json-diff.js write SNAPSHOT.json     the current build's output for every log
//   node dist/scripts/json-diff.js compare SNAPSHOT.json   lists every log whose output differs; exit 1 if any
//
// Logs: ../shared/eval-dev, ../shared/eval-dev-2026 (when present) and fixtures/corpus.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { decodeLines, openLogFile } from '../src/input/read-log.js';
import { diagnoseChunks } from '../src/engine/diagnose.js';
import { viewFindings } from '../src/report/view.js';
import { renderJson } from '../src/report/json.js';

const ROOT = packageRoot();
const FOLDERS = [join(ROOT, '..', 'shared', 'eval-dev'), join(ROOT, '..', 'shared', 'eval-dev-2026'), join(ROOT, 'fixtures', 'corpus')];

async function outputs(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const dir of FOLDERS.filter((d) => existsSync(d))) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.log')).sort()) {
      const path = join(dir, f);
      const d = await diagnoseChunks(decodeLines(await openLogFile(path), path));
      out[`${dir.split('/').slice(-1)[0]}/${f}`] = renderJson(viewFindings(d.findings, d.facts, 'en'));
    }
  }
  return out;
}

/** One line per finding: id, severity and evidence lines, to show what changed at a glance. */
function summary(json: string | undefined): string {
  if (json === undefined) return '(missing)';
  const r = JSON.parse(json) as { findings: Array<{ id: string; severity: string; evidence: Array<{ line: number }> }> };
  return r.findings.map((f) => `${f.id}:${f.severity}@${f.evidence.map((e) => e.line).join(',')}`).join(' ') || '(none)';
}

async function main([cmd, file]: string[]): Promise<number> {
  if ((cmd !== 'write' && cmd !== 'compare') || !file) {
    process.stderr.write('usage: json-diff write|compare SNAPSHOT.json\n');
    return 2;
  }
  const now = await outputs();
  if (cmd === 'write') {
    writeFileSync(file, JSON.stringify(now));
    process.stdout.write(`wrote ${Object.keys(now).length} outputs to ${file}\n`);
    return 0;
  }
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  let differ = 0;
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(now)])].sort()) {
    if (before[name] === now[name]) continue;
    differ++;
    const [a, b] = [summary(before[name]), summary(now[name])];
    process.stdout.write(`${name}\n  before: ${a}\n  after:  ${b}${a === b ? '  (same findings; texts or evidence differ)' : ''}\n`);
  }
  process.stdout.write(`${differ} of ${Object.keys(now).length} outputs differ\n`);
  return differ > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  process.stderr.write(`json-diff: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
