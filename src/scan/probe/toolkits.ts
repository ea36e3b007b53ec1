// Every CUDA toolkit on the machine, its version, its libraries, and where its dirs sit on PATH /
// LD_LIBRARY_PATH. Windows: CUDA_PATH, CUDA_PATH_V*_*, Program Files\NVIDIA GPU Computing Toolkit\CUDA\v*;
// Linux: /usr/local/cuda*, /opt/cuda, CUDA_HOME, the loader cache (ldconfig -p), conda env lib/.
import { envGet, pathEntries, pathOf, samePath, which, type Host } from '../host.js';
import type { LibraryCheck, ToolkitInfo } from '../model.js';
import { parseNvccVersion, parseVersionJson, parseVersionTxt, versionFromDirName, versionFromDistInfo } from '../parse/nvcc.js';
import { parseLdconfig } from '../parse/ldconfig.js';
import { expectedWindowsDlls, LINUX_TOOLKIT_LIBS } from '../tables.js';

const NVCC_TIMEOUT_MS = 6000;

export interface ToolkitScan {
  toolkits: ToolkitInfo[];
  nvccOnPath?: { path: string; version?: string };
  /** `ldconfig -p` entries (Linux), reused by the cuDNN probe */
  ldconfig: { name: string; path: string }[];
}

/** A folder that holds a toolkit, from a library or binary folder inside it. */
function toolkitRootOf(host: Host, dir: string): string {
  const p = pathOf(host);
  let d = dir.replace(/[\\/]+$/, '');
  if (/[\\/]targets[\\/][^\\/]+[\\/]lib$/.test(d)) return p.dirname(p.dirname(p.dirname(d)));
  if (/[\\/](lib64|lib|bin)$/i.test(d)) d = p.dirname(d);
  if (/[\\/]lib[\\/]x64$/i.test(dir)) d = p.dirname(p.dirname(dir));
  return d;
}

async function candidates(host: Host, ldconfig: { name: string; path: string }[]): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  const add = (path: string | undefined, by: string): void => {
    if (!path) return;
    const key = path.replace(/[\\/]+$/, '');
    (found.get(key) ?? found.set(key, new Set()).get(key)!).add(by);
  };
  if (host.platform === 'win32') {
    add(envGet(host, 'CUDA_PATH'), 'CUDA_PATH');
    for (const [k, v] of Object.entries(host.env)) if (/^CUDA_PATH_V\d+_\d+$/i.test(k)) add(v, k);
    const pf = envGet(host, 'ProgramFiles') ?? 'C:\\Program Files';
    for (const d of await host.glob(`${pf}\\NVIDIA GPU Computing Toolkit\\CUDA\\v*`, { onlyDirectories: true })) add(d, 'Program Files');
  } else {
    for (const d of await host.glob('/usr/local/cuda*', { onlyDirectories: true })) add(d, '/usr/local');
    if (await host.isDir('/opt/cuda')) add('/opt/cuda', '/opt/cuda');
    add(envGet(host, 'CUDA_HOME'), 'CUDA_HOME');
    add(envGet(host, 'CUDA_PATH'), 'CUDA_PATH');
    for (const lib of ldconfig.filter((l) => /^libcudart\.so/.test(l.name))) add(toolkitRootOf(host, pathOf(host).dirname(lib.path)), 'ldconfig');
    const conda = envGet(host, 'CONDA_PREFIX');
    if (conda && (await host.glob(`${conda}/lib/libcudart.so*`)).length) add(conda, 'conda');
  }
  return found;
}

async function versionOf(host: Host, root: string): Promise<{ version?: string; from?: string }> {
  const p = pathOf(host);
  const json = parseVersionJson((await host.readFile(p.join(root, 'version.json'))) ?? '');
  if (json) return { version: json, from: 'version.json' };
  const txt = parseVersionTxt((await host.readFile(p.join(root, 'version.txt'))) ?? '');
  if (txt) return { version: txt, from: 'version.txt' };
  const dist = versionFromDistInfo((await host.listDir(p.join(root, 'dist-info'))) ?? []);
  if (dist) return { version: dist, from: 'dist-info' };
  const nvcc = p.join(root, 'bin', host.platform === 'win32' ? 'nvcc.exe' : 'nvcc');
  if (await host.exists(nvcc)) {
    const r = await host.run(nvcc, ['--version'], { timeoutMs: NVCC_TIMEOUT_MS });
    const v = r.ok ? parseNvccVersion(r.stdout) : undefined;
    if (v) return { version: v, from: 'nvcc --version' };
  }
  const fromName = versionFromDirName(p.basename(root));
  return fromName ? { version: fromName, from: 'folder name' } : {};
}

async function librariesOf(host: Host, version: string | undefined, binDir: string | undefined, libDir: string | undefined): Promise<LibraryCheck[]> {
  if (host.platform === 'win32') {
    const present = new Set(((binDir && (await host.listDir(binDir))) || []).map((n) => n.toLowerCase()));
    if (!version) return [];
    return expectedWindowsDlls(version).map(({ name, files }) => {
      const hit = files.find((f) => present.has(f));
      return { name, file: hit ?? files[0]!, present: !!hit };
    });
  }
  const names = (libDir && (await host.listDir(libDir))) || [];
  return LINUX_TOOLKIT_LIBS.map(({ name, stem }) => {
    const hits = names.filter((n) => n.startsWith(stem)).sort((a, b) => b.length - a.length);
    return { name, file: hits.find((n) => /\.so\.\d+$/.test(n)) ?? hits[0] ?? stem, present: hits.length > 0 };
  });
}

export async function probeToolkits(host: Host): Promise<ToolkitScan> {
  const p = pathOf(host);
  const win = host.platform === 'win32';
  const ldconfigRun = host.platform === 'linux' ? await host.run('ldconfig', ['-p'], { timeoutMs: 4000 }) : undefined;
  const ldconfig = ldconfigRun?.ok ? parseLdconfig(ldconfigRun.stdout) : [];
  const [found, nvccPath] = await Promise.all([candidates(host, ldconfig), which(host, 'nvcc')]);

  // one entry per real folder (/usr/local/cuda is usually a link to /usr/local/cuda-X.Y)
  const byReal = new Map<string, { root: string; by: Set<string> }>();
  for (const [root, by] of found) {
    if (!(await host.isDir(root))) continue;
    const real = await host.realpath(root);
    const entry = [...byReal.entries()].find(([k]) => samePath(host, k, real))?.[1];
    if (entry) by.forEach((b) => entry.by.add(b));
    else byReal.set(real, { root: real, by: new Set(by) });
  }
  const PATH = pathEntries(host);
  const LD = win ? [] : pathEntries(host, 'LD_LIBRARY_PATH');
  const indexIn = (list: string[], dirs: string[]): number | undefined => {
    const i = list.findIndex((e) => dirs.some((d) => samePath(host, e, d)));
    return i < 0 ? undefined : i;
  };

  const toolkits = await Promise.all([...byReal.values()].map(async ({ root, by }): Promise<ToolkitInfo | undefined> => {
    const binDir = p.join(root, 'bin');
    const libCandidates = win ? [p.join(root, 'lib', 'x64')] : [p.join(root, 'lib64'), p.join(root, 'lib'), p.join(root, 'targets', 'x86_64-linux', 'lib')];
    let libDir: string | undefined;
    for (const d of libCandidates) if (await host.isDir(d)) { libDir = d; break; }
    const [{ version, from }, hasNvcc, hasBin] = await Promise.all([
      versionOf(host, root),
      host.exists(p.join(binDir, win ? 'nvcc.exe' : 'nvcc')),
      host.isDir(binDir),
    ]);
    const libraries = await librariesOf(host, version, hasBin ? binDir : undefined, libDir);
    // a folder with neither a version nor a runtime nor nvcc is not a toolkit (e.g. /usr/local/cuda-samples)
    if (!version && !hasNvcc && !libraries.some((l) => l.present)) return undefined;
    const realLibs = await Promise.all(libCandidates.map((d) => host.realpath(d)));
    const pathIndex = indexIn(PATH, [binDir]);
    const libPathIndex = win ? undefined : indexIn(LD, [...libCandidates, ...realLibs]);
    return {
      path: root,
      ...(version ? { version, versionFrom: from } : {}),
      foundBy: [...by],
      ...(hasBin ? { binDir } : {}),
      ...(libDir ? { libDir } : {}),
      ...(pathIndex !== undefined ? { pathIndex } : {}),
      ...(libPathIndex !== undefined ? { libPathIndex } : {}),
      libraries,
      hasNvcc,
    };
  }));

  let nvccOnPath: ToolkitScan['nvccOnPath'];
  if (nvccPath) {
    const r = await host.run(nvccPath, ['--version'], { timeoutMs: NVCC_TIMEOUT_MS });
    nvccOnPath = { path: nvccPath, ...(r.ok && parseNvccVersion(r.stdout) ? { version: parseNvccVersion(r.stdout)! } : {}) };
  }
  return { toolkits: toolkits.filter((t): t is ToolkitInfo => !!t), ...(nvccOnPath ? { nvccOnPath } : {}), ldconfig };
}
