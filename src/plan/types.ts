// The planner's vocabulary: what the user has (constraints) and what it recommends (combinations).
import type { RowRef } from '../knowledge/row-ref.js';
import type { Coverage } from '../knowledge/arch.js';

export type Framework = 'tensorflow' | 'pytorch';
/** Where the framework runs. `macos` only comes from a scan: it has no CUDA route at all. */
export type PlanOs = 'windows' | 'linux' | 'wsl' | 'macos';

export interface Constraints {
  framework: Framework;
  os: PlanOs;
  gpuName?: string;
  /** compute capability "8.9"; from --cc, a scan, or the GPU name via gpu-compute-capability.csv */
  cc?: string;
  driver?: string;
  /** "3.11" (patch ignored) */
  python?: string;
  /** pinned framework version: "2.10" (any patch) or "2.10.1" */
  version?: string;
}

/** A sentence for the user: a locale key (locales/*.json, prefix plan.) and its values. */
export interface Note { key: string; vars?: Record<string, string | number> }

export type Route =
  | 'torch-wheel'          // pip wheel from download.pytorch.org, CUDA runtime + cuDNN inside
  | 'tf-and-cuda'          // Linux / WSL2: pip install tensorflow[and-cuda] (CUDA + cuDNN as pip wheels)
  | 'tf-system-cuda'       // Linux / WSL2, TF < 2.14: CUDA + cuDNN installed on the system
  | 'tf-windows-native'    // Windows, TF <= 2.10: CUDA + cuDNN next to a native Windows Python
  | 'tf-wsl2';             // Windows user, TF runs inside WSL2 with the Linux wheel

export type DriverVerdict = 'ok' | 'recommended' | 'required' | 'unknown';
export type GpuCoverage = Coverage | 'unknown';

export interface Combination {
  framework: Framework;
  version: string;
  /** the OS the framework itself runs on (a Windows user's WSL2 route runs on `wsl`) */
  os: Exclude<PlanOs, 'macos'>;
  route: Route;
  python: { min: string; max: string; ranges: [string, string][] };
  cuda: string;
  cudnn?: string;
  /** true when CUDA and cuDNN come inside the pip packages (only the driver matters) */
  bundled: boolean;
  wheelIndex?: string;
  minDriver: string;
  /** the toolkit's own driver row; running below it relies on minor-version compatibility */
  toolkitDriver?: string;
  driver: DriverVerdict;
  gpu: GpuCoverage;
  /** the arch list was taken from a neighbouring row (Linux list for Windows, or an earlier release) */
  archInferred?: string;
  commands: string[];
  notes: Note[];
  sources: RowRef[];
}

export interface SourceBuild {
  toolkit: string;
  toolkitRef: RowRef;
  /** newest release built against a toolkit that can still target the card */
  version?: string;
  versionRef?: RowRef;
}

export interface Plan {
  constraints: Constraints;
  /** best first; every one satisfies OS, GPU, Python and the pinned version; driver upgrades are flagged */
  combinations: Combination[];
  /** how many combinations passed before the list was cut to the best and a few alternatives */
  total: number;
  notes: Note[];
  noFit?: {
    reasons: Note[];
    /** newest combinations for this GPU and OS when Python / the pinned version are left out */
    relaxed: Combination[];
    sourceBuild?: SourceBuild;
  };
}
