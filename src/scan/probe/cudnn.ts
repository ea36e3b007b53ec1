// cuDNN: its version (cudnn_version.h / cudnn.h), its library files and where they are (copied into a
// toolkit, NVIDIA's cuDNN installer folder, the system include/lib dirs, the loader cache), and on Windows
// whether zlibwapi.dll is loadable when the cuDNN release needs it (8.3–8.9).
import { envGet, pathEntries, pathOf, samePath, type Host } from '../host.js';
import type { CudnnInfo, ToolkitInfo, ZlibInfo } from '../model.js';
import { cudnnMajorFromLib, parseCudnnHeader } from '../parse/cudnn-header.js';
import { cudnnNeedsZlibwapi } from '../tables.js';

async function headerVersion(host: Host, includeDirs: string[]): Promise<string | undefined> {
  for (const dir of includeDirs) {
    const names = (await host.listDir(dir)) ?? [];
    for (const n of names.filter((x) => /^cudnn_version(?:_v\d+)?\.h$/.test(x)).concat(names.filter((x) => x === 'cudnn.h'))) {
      const v = parseCudnnHeader((await host.readFile(pathOf(host).join(dir, n))) ?? '');
      if (v) return v;
    }
  }
  return undefined;
}

const libPattern = (win: boolean) => (win ? /^cudnn(?:_\w+)?64_\d+\.dll$/i : /^libcudnn(?:_\w+)?\.so(?:\.\d+)*$/);

async function cudnnIn(host: Host, dir: string, includeDirs: string[], toolkitPath?: string): Promise<CudnnInfo | undefined> {
  const win = host.platform === 'win32';
  const files = ((await host.listDir(dir)) ?? []).filter((n) => libPattern(win).test(n)).sort();
  if (files.length === 0) return undefined;
  const version = await headerVersion(host, includeDirs);
  const major = version?.split('.')[0] ?? files.map(cudnnMajorFromLib).find(Boolean);
  const onPath = (win ? pathEntries(host) : pathEntries(host, 'LD_LIBRARY_PATH')).some((e) => samePath(host, e, dir));
  return { dir, files, ...(version ? { version } : {}), ...(major ? { major } : {}), ...(toolkitPath ? { toolkitPath } : {}), onPath };
}

export async function probeCudnn(host: Host, toolkits: ToolkitInfo[], ldconfig: { name: string; path: string }[]): Promise<{ cudnn: CudnnInfo[]; zlib?: ZlibInfo }> {
  const p = pathOf(host);
  const win = host.platform === 'win32';
  const jobs: Promise<CudnnInfo | undefined>[] = [];
  for (const t of toolkits) {
    const dir = win ? t.binDir : t.libDir;
    if (dir) jobs.push(cudnnIn(host, dir, [p.join(t.path, 'include')], t.path));
  }
  if (win) {
    const pf = envGet(host, 'ProgramFiles') ?? 'C:\\Program Files';
    // cuDNN 8 installer: CUDNN\v8.x\bin; cuDNN 9: CUDNN\v9.x\bin\12.x
    for (const bin of await host.glob(`${pf}\\NVIDIA\\CUDNN\\v*\\bin`, { onlyDirectories: true })) {
      const root = p.dirname(bin);
      jobs.push(cudnnIn(host, bin, [p.join(root, 'include')]));
      for (const sub of await host.glob(`${bin}\\*`, { onlyDirectories: true })) jobs.push(cudnnIn(host, sub, [p.join(root, 'include', p.basename(sub))]));
    }
    for (const dir of pathEntries(host)) {
      if (toolkits.some((t) => t.binDir && samePath(host, t.binDir, dir))) continue;
      jobs.push(cudnnIn(host, dir, [p.join(p.dirname(dir), 'include')]));
    }
  } else {
    const dirs = new Set(ldconfig.filter((l) => /^libcudnn\.so/.test(l.name)).map((l) => p.dirname(l.path)));
    for (const dir of dirs) {
      if (toolkits.some((t) => t.libDir && samePath(host, t.libDir, dir))) continue;
      jobs.push(cudnnIn(host, dir, ['/usr/include', '/usr/include/x86_64-linux-gnu', '/usr/local/include']));
    }
  }
  const seen: CudnnInfo[] = [];
  for (const c of await Promise.all(jobs)) if (c && !seen.some((s) => samePath(host, s.dir, c.dir))) seen.push(c);

  let zlib: ZlibInfo | undefined;
  if (win && seen.some((c) => c.version && cudnnNeedsZlibwapi(c.version))) {
    const sysRoot = envGet(host, 'SystemRoot') ?? 'C:\\Windows';
    // only what the DLL loader searches: System32 and PATH (cuDNN's own folder counts only when it is on PATH)
    const places = [p.join(sysRoot, 'System32'), ...pathEntries(host)];
    zlib = { needed: true };
    for (const dir of places) {
      const hit = ((await host.listDir(dir)) ?? []).find((n) => n.toLowerCase() === 'zlibwapi.dll');
      if (hit) { zlib.found = p.join(dir, hit); break; }
    }
  }
  return { cudnn: seen, ...(zlib ? { zlib } : {}) };
}
