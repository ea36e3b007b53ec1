// Lists of Python interpreters: conda's environment list and the Windows launcher's `py -0p`.

/** `conda env list` (or `conda info --envs`): "name  *  /path" lines, or a bare path for unnamed envs. */
export function parseCondaEnvList(text: string): { name?: string; path: string; active: boolean }[] {
  const envs: { name?: string; path: string; active: boolean }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:(\S+)\s+)?(\*\s+)?((?:[A-Za-z]:\\|\/).*)$/.exec(line);
    if (!m) continue;
    envs.push({ ...(m[1] && m[1] !== '*' ? { name: m[1] } : {}), path: m[3]!.trim(), active: !!m[2] || m[1] === '*' });
  }
  return envs;
}

/** ~/.conda/environments.txt: one environment folder per line. */
export function parseEnvironmentsTxt(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** `py -0p`: " -V:3.11 *   C:\…\python.exe" (3.11+ launcher) or " -3.8-64 *   C:\…\python.exe" (older). */
export function parsePyLauncher(text: string): { tag: string; path: string; isDefault: boolean }[] {
  const out: { tag: string; path: string; isDefault: boolean }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*-(?:V:)?(\S+)\s+(\*\s+)?([A-Za-z]:\\.*?\.exe)\s*$/i.exec(line);
    if (m) out.push({ tag: m[1]!, path: m[3]!, isDefault: !!m[2] });
  }
  return out;
}
