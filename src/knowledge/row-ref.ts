// A pointer to the table row that justifies an answer, so a recommendation can cite its source
// ("pytorch-builds.csv line 3: torch 2.13.0 …"). Line numbers are CSV lines (header = line 1).
import { table, type Row } from './table.js';

export interface RowRef {
  /** CSV file in ../shared/knowledge (and knowledge/*.json) */
  table: string;
  /** 1-based line in the CSV: data row index + 2 */
  line: number;
  /** the cells that matter, "column=value" joined by ", " */
  cells: string;
}

/** A cell as a user reads it: the table's own doubt notes ("8.6 (8.7 from 11.4?)", "3.5 (doubtful …)") stay in the table. */
const shown = (cell: string): string => cell.replace(/\s*\((?:[^()]*\?[^()]*|doubtful[^()]*)\)/g, '').trim() || cell;

/** Cite `row` of `name`, quoting only the listed columns. */
export function rowRef(name: string, row: Row, columns: string[]): RowRef {
  const index = table(name).indexOf(row);
  return {
    table: `${name}.csv`,
    line: index + 2,
    // a bare "?" is an unknown value, not something to quote
    cells: columns.filter((c) => row[c] !== undefined && row[c] !== '' && row[c]!.trim() !== '?').map((c) => `${c}=${shown(row[c]!)}`).join(', '),
  };
}

export const refText = (r: RowRef): string => `${r.table}:${r.line} (${r.cells})`;
