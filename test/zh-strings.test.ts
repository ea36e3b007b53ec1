// Chinese output is Chinese (issue 11 item 11): no user-facing string of a zh-CN locale table is English-only
// once commands (`…`, code-like tokens), placeholders and product names are set aside.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '..', 'locales');
const NAMES = /\b(?:PyTorch|TensorFlow|Python|cuDNN|CUDA|Linux|Windows|WSL2?|macOS|NVIDIA|GPU|pip|conda|torch|import)\b/g;
// commands, paths, calls and ids: anything with code punctuation in it
const CODE = /`[^`]*`|\S*[()=[\]/\\_.:]\S*/g;

function tables(): Array<[string, Record<string, string>]> {
  const files = [join(LOCALES, 'zh-CN.json'), ...readdirSync(LOCALES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(LOCALES, e.name, 'zh-CN.json'))];
  return files.map((f) => [f, JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>]);
}

describe('zh-CN locale tables', () => {
  it('have the same keys as the English ones', () => {
    for (const [file, zh] of tables()) {
      const en = JSON.parse(readFileSync(file.replace('zh-CN.json', 'en.json'), 'utf8')) as Record<string, string>;
      expect(Object.keys(zh).filter((k) => !(k in en)), file).toEqual([]);
      expect(Object.keys(en).filter((k) => !(k in zh)), file).toEqual([]);
    }
  });
  it('hold no English-only sentence', () => {
    const bad: string[] = [];
    for (const [file, zh] of tables()) {
      for (const [key, text] of Object.entries(zh)) {
        const rest = text.replace(/\{\{\w+\}\}/g, ' ').replace(CODE, ' ').replace(NAMES, ' ');
        if (/[A-Za-z]{3,}/.test(rest) && !/[\u3000-\u9fff\uff00-\uffef]/.test(rest)) bad.push(`${file.slice(LOCALES.length)} ${key}: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
