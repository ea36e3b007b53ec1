#!/usr/bin/env node
// Turns the sourced version tables in ../shared/knowledge/*.csv into the project's data (knowledge/*.json).
// Each JSON keeps every row and column as published, plus the source note file next to it; derived
// lookups live in src/knowledge/. Run: npm run knowledge [-- SOURCE_DIR]
import { readdirSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const source = resolve(process.argv[2] ?? '../shared/knowledge');
const target = resolve('knowledge');
if (!existsSync(source)) {
  console.error(`npm run knowledge needs the sourced CSV tables of ../shared/knowledge (not found: ${source}); pass their folder: npm run knowledge -- DIR (knowledge/*.json is already built)`);
  process.exit(2);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); if (row.some((f) => f !== '')) rows.push(row); }
  return rows;
}

for (const file of readdirSync(source).filter((f) => f.endsWith('.csv')).sort()) {
  const [header, ...rows] = parseCsv(readFileSync(join(source, file), 'utf8'));
  const objects = rows.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
  const name = file.replace(/\.csv$/, '');
  writeFileSync(join(target, `${name}.json`), JSON.stringify({ source: `shared/knowledge/${file} (see ${name}.md)`, rows: objects }, null, 1) + '\n');
  const md = join(source, `${name}.md`);
  if (existsSync(md)) copyFileSync(md, join(target, `${name}.md`));
  console.log(`${name}.json: ${objects.length} rows`);
}
copyFileSync(join(source, 'README.md'), join(target, 'README.md'));
