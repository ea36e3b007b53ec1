// The driver a CUDA build needs, with the rows that say so (minDriverForCuda in tables.ts answers from here):
// CUDA >= 11: the family floor of minor-version compatibility; before 11: the toolkit's own GA row; plus
// the toolkit's own row: below it the build still runs, without PTX JIT and the newest driver features.
import { table } from './table.js';
import { compareVersions, majorMinor, parseVersion } from './version.js';
import { rowRef, type RowRef } from './row-ref.js';
import { driverInCell } from './cells.js';

export interface DriverFloor {
  /** lowest driver that runs the build at all */
  floor: string;
  floorRef: RowRef;
  /** the driver the toolkit itself shipped with (undefined where the table has no value for this OS) */
  toolkit?: string;
  toolkitRef?: RowRef;
}


/** `windows` = the Windows driver columns (also right for WSL2, which uses the Windows host driver). */
const cache = new Map<string, DriverFloor | undefined>();
export function driverFloor(cuda: string, windows: boolean): DriverFloor | undefined {
  const key = `${cuda} ${windows}`;
  if (!cache.has(key)) cache.set(key, computeFloor(cuda, windows));
  return cache.get(key);
}

function computeFloor(cuda: string, windows: boolean): DriverFloor | undefined {
  const mm = majorMinor(cuda);
  const major = parseVersion(cuda)?.[0];
  if (!mm || major === undefined) return undefined;
  const col = windows ? 'min_driver_windows' : 'min_driver_linux';
  const rows = table('cuda-driver-min')
    .filter((r) => r.cuda_version === mm && driverInCell(r[col]))
    .sort((a, b) => compareVersions(driverInCell(a[col]), driverInCell(b[col])) ?? 0);
  const own = rows[0];
  const toolkit = own ? driverInCell(own[col]) : undefined;
  const toolkitRef = own ? rowRef('cuda-driver-min', own, ['release', col]) : undefined;

  if (major >= 11) {
    const family = table('cuda-minor-version-compat').find((r) => r.cuda_major === `${major}.x`);
    if (family) {
      const exactCol = windows ? 'min_windows_exact' : 'min_linux_exact';
      const floor = driverInCell(family[exactCol]) ?? /\b\d{3}\b/.exec(family.min_driver_family ?? '')?.[0];
      if (floor) return { floor, floorRef: rowRef('cuda-minor-version-compat', family, ['cuda_major', 'min_driver_family', exactCol]), toolkit, toolkitRef };
    }
  }
  if (!toolkit || !toolkitRef) return undefined;
  return { floor: toolkit, floorRef: toolkitRef, toolkit, toolkitRef };
}
