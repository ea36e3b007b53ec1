// Python interpreters (the one on PATH, the Windows launcher's list, conda envs, the system one) and, in
// each, the relevant packages and framework builds read from disk. Importing a framework is a separate
// step (frameworks.ts): it is the slow part.
import { envGet, pathOf, samePath, which, whichAll, type Host } from '../host.js';
import type { PackageInfo, PythonInfo } from '../model.js';
import { parseEnvironmentsTxt, parsePyLauncher } from '../parse/python-lists.js';
import { parseTfBuildInfo, parseTorchVersionPy } from '../parse/framework-files.js';
import { INFO_SCRIPT, readMarkedJson } from '../python-scripts.js';

const INFO_TIMEOUT_MS = 8000;
const MAX_INTERPRETERS = 8;
const TF_PACKAGES = ['tensorflow', 'tensorflow-gpu', 'tensorflow-intel', 'tensorflow-cpu', 'tensorflow-macos', 'tf-nightly'];

interface Candidate {
  path: string;
  foundBy: Set<string>;
  onPath: boolean;
}

async function discover(host: Host): Promise<Candidate[]> {
  const p = pathOf(host);
  const win = host.platform === 'win32';
  const list: Candidate[] = [];
  const add = (path: string | undefined, by: string, onPath = false): void => {
    if (!path) return;
    const old = list.find((c) => samePath(host, c.path, path));
    if (old) { old.foundBy.add(by); old.onPath ||= onPath; return; }
    list.push({ path, foundBy: new Set([by]), onPath });
  };
  // the interpreter `python` / `python3` resolves to in a shell
  for (const name of win ? ['python'] : ['python3', 'python']) {
    // the Microsoft Store alias (WindowsApps\python.exe) only opens the Store: the next one on PATH runs
    const hit = (await whichAll(host, name, 3)).find((h) => !/\\WindowsApps\\/i.test(h));
    if (hit) add(hit, 'PATH', list.length === 0);
  }
  const venv = envGet(host, 'VIRTUAL_ENV');
  if (venv) add(p.join(venv, win ? 'Scripts\\python.exe' : 'bin/python'), 'VIRTUAL_ENV');
  const condaPrefix = envGet(host, 'CONDA_PREFIX');
  const condaPython = (env: string): string => (win ? p.join(env, 'python.exe') : p.join(env, 'bin', 'python'));
  if (condaPrefix) add(condaPython(condaPrefix), 'conda (active)');
  if (win) {
    const py = await which(host, 'py');
    if (py) {
      const r = await host.run(py, ['-0p'], { timeoutMs: 4000 });
      for (const e of parsePyLauncher(r.stdout)) add(e.path, 'py launcher');
    }
  }
  const envTxt = await host.readFile(p.join(host.homedir, '.conda', 'environments.txt'));
  for (const env of parseEnvironmentsTxt(envTxt ?? '')) add(condaPython(env), 'conda');
  if (!win) for (const sys of ['/usr/bin/python3']) if (await host.exists(sys)) add(sys, 'system');
  // the same binary under two names (/bin → /usr/bin, /usr/bin/python → python3) is one interpreter
  const unique: Candidate[] = [];
  const reals: string[] = [];
  for (const c of list) {
    if (!(await host.exists(c.path))) continue;
    const real = await host.realpath(c.path);
    const i = reals.findIndex((r) => samePath(host, r, real));
    if (i >= 0) { c.foundBy.forEach((b) => unique[i]!.foundBy.add(b)); unique[i]!.onPath ||= c.onPath; continue; }
    reals.push(real);
    unique.push(c);
  }
  return unique.slice(0, MAX_INTERPRETERS);
}

/** Turns the info script's JSON into a PythonInfo. */
export function readPythonInfo(path: string, foundBy: string[], onPath: boolean, data: Record<string, unknown>): PythonInfo {
  const packages: PackageInfo[] = Object.entries((data.packages ?? {}) as Record<string, string>)
    .map(([name, version]) => ({ name, version: String(version) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const files = (data.files ?? {}) as Record<string, { path: string; text: string }>;
  const info: PythonInfo = {
    path,
    foundBy,
    onPath,
    ...(typeof data.version === 'string' ? { version: data.version } : {}),
    ...(typeof data.bits === 'number' ? { bits: data.bits } : {}),
    packages,
  };
  const sep = /\\/.test(files.torchVersionPy?.path ?? '') ? '\\' : '/';
  const torchPkg = packages.find((x) => x.name === 'torch');
  if (files.torchVersionPy) {
    const t = parseTorchVersionPy(files.torchVersionPy.text);
    info.torch = { dir: files.torchVersionPy.path.split(sep).slice(0, -1).join(sep), ...t };
    if (!info.torch.version && torchPkg) info.torch.version = torchPkg.version;
  }
  const tfPkg = TF_PACKAGES.map((n) => packages.find((x) => x.name === n)).find(Boolean);
  if (files.tfBuildInfo || tfPkg) {
    const b = files.tfBuildInfo ? parseTfBuildInfo(files.tfBuildInfo.text) : {};
    const dir = files.tfBuildInfo ? files.tfBuildInfo.path.split(/[\\/]python[\\/]platform[\\/]/)[0]! : '';
    info.tf = { dir, ...(tfPkg ? { version: tfPkg.version } : {}), ...b };
  }
  return info;
}

export async function probePythons(host: Host): Promise<PythonInfo[]> {
  const candidates = await discover(host);
  const infos = await Promise.all(candidates.map(async (c): Promise<PythonInfo> => {
    const r = await host.run(c.path, ['-c', INFO_SCRIPT], { timeoutMs: INFO_TIMEOUT_MS, env: { PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' } });
    const data = readMarkedJson(r.stdout);
    if (!data) {
      const why = r.timedOut ? `timed out after ${INFO_TIMEOUT_MS / 1000} s` : (r.stderr || r.stdout).trim().split(/\r?\n/).slice(-3).join(' ') || `exit status ${r.exitCode}`;
      return { path: c.path, foundBy: [...c.foundBy], onPath: c.onPath, packages: [], error: why };
    }
    // report the interpreter itself, not the shim that started it (pyenv, conda's python wrapper)
    // name the interpreter by the path that was run, unless that was a shim (pyenv) running another binary
    const real = await host.realpath(typeof data.executable === 'string' && data.executable ? data.executable : c.path);
    const path = samePath(host, await host.realpath(c.path), real) ? c.path : real;
    return { ...readPythonInfo(path, [...c.foundBy], c.onPath, data), realPath: real } as PythonInfo;
  }));
  // two launchers of one interpreter (python and python3, a pyenv shim and the binary it runs)
  const out: PythonInfo[] = [];
  const reals: string[] = [];
  for (const i of infos) {
    const real = (i as PythonInfo & { realPath?: string }).realPath ?? i.path;
    delete (i as PythonInfo & { realPath?: string }).realPath;
    const at = reals.findIndex((r) => samePath(host, r, real));
    if (at >= 0) { const same = out[at]!; same.foundBy = [...new Set([...same.foundBy, ...i.foundBy])]; same.onPath ||= i.onPath; continue; }
    reals.push(real);
    out.push(i);
  }
  return out;
}
