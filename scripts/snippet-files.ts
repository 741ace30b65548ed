/** Reads every snippet source file under src/core/knowledge into one map, path (relative to knowledge/) → text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../src/core/knowledge');
export const SNIPPET_JSON = join(KNOWLEDGE_DIR, 'snippets.gen.json');
const SNIPPET = /\.(py|js|sh)$/;

/** Every snippet file, sorted by path; one trailing newline is the file's, not the snippet's. */
export function readSnippetFiles(dir = KNOWLEDGE_DIR): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (SNIPPET.test(e.name)) out[relative(dir, p).split(sep).join('/')] = readFileSync(p, 'utf8').replace(/\n$/, '');
    }
  };
  walk(dir);
  return out;
}

/** The JSON text of the generated file. */
export const snippetJson = (files: Record<string, string>): string => `${JSON.stringify(files, null, 1)}\n`;
