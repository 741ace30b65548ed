/** Generates src/core/knowledge/verdicts.json (key → verdict, outcome, wait) from the authored knowledge, for decode. */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verdictTable } from '../src/core/knowledge/verdict-table.ts';
import { KNOWLEDGE } from '../src/core/knowledge/registry.ts';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../src/core/knowledge/verdicts.json');
writeFileSync(out, `${JSON.stringify(verdictTable(KNOWLEDGE), null, 1)}\n`);
console.log(`verdicts: ${Object.keys(verdictTable(KNOWLEDGE)).length} keys`);
