// The folder gpu-doctor is installed in (the one holding package.json, rules/, knowledge/, locales/), found by
// walking up from this file: the same code runs from src/ under vitest and from dist/src/ when built.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'gpu-doctor') return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('gpu-doctor package folder not found (package.json missing?)');
}

/** A path inside the package: packagePath('knowledge', 'cuda-driver-min.json'). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}

/** The version in package.json (gpu-doctor --version). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}
