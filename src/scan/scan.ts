// Runs the collectors in parallel, each under a time limit; a collector that throws or overruns is
// reported as crashed (its section shows it) and never stops the others — a scan always finishes.
import type { Host } from './host.js';
import type { DriverInfo, ScanData, SystemInfo } from './model.js';
import { probeSystem } from './probe/system.js';
import { probeDriver } from './probe/driver.js';
import { probeToolkits, type ToolkitScan } from './probe/toolkits.js';
import { probeCudnn } from './probe/cudnn.js';
import { interestingEnv, probePipIndex } from './probe/env.js';
import { probePythons } from './probe/python.js';
import { IMPORT_TIMEOUT_MS, probeFrameworks } from './probe/frameworks.js';

export type Section = 'system' | 'driver' | 'cuda' | 'cudnn' | 'python' | 'frameworks';

export interface ScanOptions {
  deep?: boolean;
  /** limit for each framework import */
  importTimeoutMs?: number;
  /** limit for each other collector */
  sectionTimeoutMs?: number;
  /** called as each section finishes (for a spinner) */
  onProgress?: (section: Section) => void;
}

/** A section that could not finish: it overran its time limit, or its collector threw. */
export type SectionFailure = { timeoutSeconds: number } | { error: string };

export interface ScanRun {
  data: ScanData;
  /** sections whose collector threw or overran, and how */
  crashed: Partial<Record<Section, SectionFailure>>;
  /** sections that do not apply here (macOS has no CUDA) */
  notApplicable: Section[];
  ms: number;
}

class SectionTimeout extends Error {}

async function guarded<T>(section: Section, ms: number, crashed: ScanRun['crashed'], fallback: T, fn: () => Promise<T>, onDone?: (s: Section) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      fn(),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new SectionTimeout()), ms); }),
    ]);
  } catch (err) {
    crashed[section] = err instanceof SectionTimeout ? { timeoutSeconds: Math.round(ms / 1000) } : { error: (err as Error)?.message ?? String(err) };
    return fallback;
  } finally {
    clearTimeout(timer);
    onDone?.(section);
  }
}

export async function runScan(host: Host, options: ScanOptions = {}): Promise<ScanRun> {
  const started = performance.now();
  const limit = options.sectionTimeoutMs ?? 20000;
  const importLimit = options.importTimeoutMs ?? IMPORT_TIMEOUT_MS;
  const crashed: ScanRun['crashed'] = {};
  const done = options.onProgress;
  const system = await guarded<SystemInfo>('system', limit, crashed, { os: host.platform === 'win32' ? 'windows' : host.platform === 'darwin' ? 'macos' : 'linux', arch: host.arch, kernel: host.release }, () => probeSystem(host), done);
  const macos = system.os === 'macos';
  const noDriver: DriverInfo = { nvidiaSmi: 'not-found', gpus: [] };

  const driverJob = macos ? Promise.resolve(noDriver) : guarded('driver', limit, crashed, noDriver, () => probeDriver(host, system), done);
  const cudaJob: Promise<ToolkitScan> = macos ? Promise.resolve({ toolkits: [], ldconfig: [] }) : guarded('cuda', limit, crashed, { toolkits: [], ldconfig: [] }, () => probeToolkits(host), done);
  const cudnnJob = cudaJob.then((t) => (macos ? { cudnn: [] } : guarded('cudnn', limit, crashed, { cudnn: [] }, () => probeCudnn(host, t.toolkits, t.ldconfig), done)));
  const envJob = probePipIndex(host).catch(() => undefined);
  const pythonJob = guarded('python', limit, crashed, [], () => probePythons(host), done).then((pythons) =>
    // imports have their own limit; the section limit covers the time to hand them out
    guarded('frameworks', importLimit + 5000, crashed, undefined, async () => { await Promise.all(pythons.map((py) => probeFrameworks(host, py, options.deep ?? false, importLimit))); }, done).then(() => pythons));

  const [driver, cuda, cudnn, pipIndex, pythons] = await Promise.all([driverJob, cudaJob, cudnnJob, envJob, pythonJob]);
  const data: ScanData = {
    system,
    driver,
    toolkits: cuda.toolkits,
    ...(cuda.nvccOnPath ? { nvccOnPath: cuda.nvccOnPath } : {}),
    cudnn: cudnn.cudnn,
    ...('zlib' in cudnn && cudnn.zlib ? { zlib: cudnn.zlib } : {}),
    env: interestingEnv(host),
    ...(pipIndex ? { pipIndex } : {}),
    pythons,
  };
  return { data, crashed, notApplicable: macos ? ['driver', 'cuda', 'cudnn'] : [], ms: performance.now() - started };
}
