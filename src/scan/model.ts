// What a scan collects, layer by layer. Collectors fill these; facts.ts turns them into the FactMap the
// rules read, and checklist.ts into the ✓ / ! / ✗ lines a person reads.

export type OsKind = 'windows' | 'linux' | 'wsl1' | 'wsl2' | 'macos';

export interface SystemInfo {
  os: OsKind;
  arch: string;
  kernel: string;
  /** Docker / Podman / Kubernetes */
  container?: string;
}

export interface GpuDevice {
  name: string;
  computeCapability?: string;
  memoryMiB?: number;
}

export interface DriverInfo {
  /** how nvidia-smi answered */
  nvidiaSmi: 'ok' | 'not-found' | 'failed' | 'timeout';
  /** its error output when it failed (fed to the log rules) */
  error?: string;
  driverVersion?: string;
  cudaVersion?: string;
  gpus: GpuDevice[];
  /** where the driver version came from when nvidia-smi could not say */
  source?: string;
}

export interface LibraryCheck {
  /** short library name: cudart, cublas, … */
  name: string;
  /** the file found (or the one expected when missing) */
  file: string;
  present: boolean;
}

export interface ToolkitInfo {
  path: string;
  version?: string;
  /** version.json, version.txt, dist-info, nvcc, folder name */
  versionFrom?: string;
  /** where it was found: CUDA_PATH, Program Files, /usr/local, ldconfig, conda, nvcc on PATH */
  foundBy: string[];
  binDir?: string;
  libDir?: string;
  /** position of its bin dir on PATH (0 = first), undefined = not on PATH */
  pathIndex?: number;
  /** position of its lib dir on LD_LIBRARY_PATH (Linux) */
  libPathIndex?: number;
  libraries: LibraryCheck[];
  hasNvcc: boolean;
}

export interface CudnnInfo {
  version?: string;
  major?: string;
  /** the folder holding the library */
  dir: string;
  files: string[];
  /** the toolkit folder it was copied into, if any */
  toolkitPath?: string;
  onPath: boolean;
}

export interface ZlibInfo {
  needed: boolean;
  found?: string;
}

export interface PackageInfo {
  name: string;
  version: string;
}

export interface ProbeWhy { key: string; vars?: Record<string, string | number> }

export interface ImportProbe {
  status: 'ok' | 'failed' | 'timeout' | 'skipped';
  /** why it was skipped, or what failed (English; --json) */
  reason?: string;
  /** the same as a message of locales/scan when gpu-doctor wrote it (a traceback's last line has none) */
  why?: ProbeWhy;
  /** the probe's stderr and traceback, fed to the log rules */
  log?: string;
  data?: Record<string, unknown>;
  ms?: number;
}

export interface PythonInfo {
  path: string;
  /** PATH, py launcher, conda env, system */
  foundBy: string[];
  /** first python on PATH */
  onPath: boolean;
  version?: string;
  bits?: number;
  error?: string;
  packages: PackageInfo[];
  /** torch/version.py read from disk */
  torch?: { version?: string; cuda?: string | null; dir: string };
  /** tensorflow/python/platform/build_info.py read from disk */
  tf?: { version?: string; cuda?: string; cudnn?: string; isCudaBuild?: boolean; dir: string };
  torchProbe?: ImportProbe;
  tfProbe?: ImportProbe;
}

export interface ScanData {
  system: SystemInfo;
  driver: DriverInfo;
  toolkits: ToolkitInfo[];
  /** `nvcc` first on PATH and what it says */
  nvccOnPath?: { path: string; version?: string };
  cudnn: CudnnInfo[];
  zlib?: ZlibInfo;
  env: Record<string, string>;
  pipIndex?: string;
  pythons: PythonInfo[];
}

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'crashed' | 'skipped' | 'na';
