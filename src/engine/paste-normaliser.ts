// A log pasted through a chat, an issue, a forum or an API arrives re-presented: as JSON strings, letter-spaced, coloured,
// quoted in a reply, fenced, with a column before every line, with its long lines wrapped. The start of the paste tells which of these it shows; the
// stages it needs then undo them in order, chunk by chunk, before the scan, and evidence line numbers are
// mapped back through every stage to the lines as pasted. A paste that shows none passes untouched.
import { isJsonEscapedPaste, JsonUnescaper } from '../input/json-escaped.js';
import { isLetterSpacedPaste, LetterSpacingJoiner } from './letter-spacing.js';
import { ColumnStripper, pasteColumnOf } from './paste-column.js';
import { MarkStripper, pasteMarksOf } from './paste-marks.js';
import { Unwrapper, WRAP_SAMPLE_BYTES, wrapShapeOf } from './wrapped-lines.js';
import type { LineMap } from '../input/line-map.js';

/** The start of a paste that decides which stages it needs (each stage's test reads at most this much). */
export const PASTE_SAMPLE_BYTES = WRAP_SAMPLE_BYTES;

/** One re-presentation undone: chunks of whole lines in, chunks of whole lines out. */
export interface PasteStage {
  push(bytes: Buffer): Buffer;
  /** what the stage still holds at the end of the input */
  end?(): Buffer;
  /** how its output lines map to its input lines; absent: one to one */
  readonly lines?: LineMap;
}

/**
 * The stages in the order they undo the paste (the outermost re-presentation first): each one's test reads the
 * paste's start as the stages before it hand it on (a JSON string holds the wrapped, numbered lines).
 */
const STAGES: ReadonlyArray<(start: Buffer) => PasteStage | null> = [
  (start) => (isJsonEscapedPaste(start) ? new JsonUnescaper() : null),
  // (a console's UTF-16 read as bytes: the program's own lines, before a reply quoted them or a fence closed them)
  (start) => (isLetterSpacedPaste(start) ? new LetterSpacingJoiner() : null),
  (start) => {
    const marks = pasteMarksOf(start);
    return marks && new MarkStripper(marks);
  },
  (start) => {
    const column = pasteColumnOf(start);
    return column && new ColumnStripper(column);
  },
  (start) => {
    const shape = wrapShapeOf(start);
    return shape && new Unwrapper(shape);
  },
];

export class PasteNormaliser {
  private constructor(private readonly stages: PasteStage[]) {}

  /**
   * The normaliser a paste's start calls for (null: the paste needs none) and that start as it hands it on.
   * `start`: at least PASTE_SAMPLE_BYTES of the paste, or all of it, in whole lines.
   */
  static of(start: Buffer): { normaliser: PasteNormaliser | null; text: Buffer } {
    const stages: PasteStage[] = [];
    let text = start;
    for (const test of STAGES) {
      const stage = test(text);
      if (!stage) continue;
      stages.push(stage);
      text = stage.push(text);
    }
    return { normaliser: stages.length > 0 ? new PasteNormaliser(stages) : null, text };
  }

  push(bytes: Buffer): Buffer {
    let out = bytes;
    for (const stage of this.stages) out = stage.push(out);
    return out;
  }

  /** What the stages still hold at the end of the input, each one's rest handed through the stages after it. */
  end(): Buffer {
    let out: Buffer = Buffer.alloc(0);
    for (const stage of this.stages) {
      const pushed = out.length > 0 ? stage.push(out) : out;
      const held = stage.end?.();
      out = held && held.length > 0 ? Buffer.concat([pushed, held]) : pushed;
    }
    return out;
  }

  /** The line as pasted that line `line` of the normalised text comes from. */
  pastedLine(line: number): number {
    let at = line;
    for (let i = this.stages.length - 1; i >= 0; i--) at = this.stages[i]!.lines?.inputLine(at) ?? at;
    return at;
  }

  /** Pasted lines the normalised text holds fewer (negative: more). */
  get fewerLines(): number {
    let n = 0;
    for (const stage of this.stages) n += stage.lines?.fewerLines ?? 0;
    return n;
  }
}
