// Loads one version table, knowledge/<name>.json (generated from ../shared/knowledge by
// scripts/build-knowledge.mjs), once per process. The lookups in tables.ts, driver-floor.ts and row-ref.ts
// read rows through here.
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

export type Row = Record<string, string>;

const cache = new Map<string, Row[]>();
export function table(name: string): Row[] {
  let rows = cache.get(name);
  if (!rows) {
    rows = (JSON.parse(readFileSync(packagePath('knowledge', `${name}.json`), 'utf8')) as { rows: Row[] }).rows;
    cache.set(name, rows);
  }
  return rows;
}
