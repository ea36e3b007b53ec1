// The import graph of the TypeScript sources, read with the compiler's own pre-processor (every import,
// export-from, type-only import and dynamic import()), and its cycles: strongly connected components of
// files, and of layers (a folder under src/ or adapters/, or a file directly in src/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export type Graph = Map<string, Set<string>>;

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.m?ts$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Files (relative to root, '/'-separated) and the project files each one imports. */
export function fileGraph(root: string, dirs: string[]): Graph {
  const graph: Graph = new Map();
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  for (const file of dirs.flatMap((d) => sources(join(root, d)))) {
    const deps = new Set<string>();
    for (const ref of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!ref.fileName.startsWith('.')) continue; // a package
      const target = resolve(dirname(file), ref.fileName).replace(/\.(m?)js$/, '.$1ts');
      if (existsSync(target)) deps.add(rel(target));
    }
    graph.set(rel(file), deps);
  }
  return graph;
}

/** The layer a file belongs to: src/engine/x.ts → src/engine, src/errors.ts → src/errors.ts. */
export const layerOf = (file: string): string => file.split('/').slice(0, 2).join('/');

/** The graph between layers, with one import that makes each edge (to show in a failure). */
export function layerGraph(files: Graph): { graph: Graph; why: Map<string, string> } {
  const graph: Graph = new Map();
  const why = new Map<string, string>();
  for (const [file, deps] of files) {
    const from = layerOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const dep of deps) {
      const to = layerOf(dep);
      if (to === from) continue;
      graph.get(from)!.add(to);
      if (!why.has(`${from} ${to}`)) why.set(`${from} ${to}`, `${file} imports ${dep}`);
    }
  }
  return { graph, why };
}

/** Strongly connected components with more than one node (Tarjan), i.e. the import cycles. */
export function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do { w = stack.pop()!; onStack.delete(w); component.push(w); } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The edges inside one cycle, one line each, for a failure message. */
export function cycleText(component: string[], graph: Graph, why?: Map<string, string>): string {
  const inside = new Set(component);
  return component.flatMap((a) => [...(graph.get(a) ?? [])].filter((b) => inside.has(b))
    .map((b) => `  ${a} -> ${b}${why ? `  (${why.get(`${a} ${b}`)})` : ''}`)).join('\n');
}
