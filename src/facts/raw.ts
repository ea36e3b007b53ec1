// The facts as read from a log or a scan, before derive.ts reasons over them: one best value per fact, every
// value of a collecting fact, each with the log line it came from. The engine's log scan produces this shape.

export interface Evidence {
  line: number;
  text: string;
}

export interface FactValue {
  value: string | number | boolean;
  weight: number;
  evidence: Evidence;
}

export interface RawFacts {
  facts: Map<string, FactValue>;
  /** facts that gather every distinct value (e.g. all GPU names) */
  collected: Map<string, { values: string[]; evidence: Evidence[] }>;
}
