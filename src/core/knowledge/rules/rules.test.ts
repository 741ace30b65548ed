/// <reference types="vite/client" />
// Every question that answers itself from the paste does so through a named rule of this folder,
// so a rule is written (and tested) once, whatever number of questions use it.
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '../registry';
import type { AutoRule } from '../types';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./testing.ts', '!./util.ts'], { eager: true });

describe('auto-answer rules', () => {
  it('are all named rules from knowledge/rules', () => {
    const named = new Map<unknown, string>();
    for (const [file, exports] of Object.entries(modules)) for (const [name, value] of Object.entries(exports)) if (typeof value === 'function') named.set(value, `${file}#${name}`);
    const inline: string[] = [];
    for (const k of KNOWLEDGE) for (const q of k.tree?.questions ?? []) if (q.auto !== undefined && !named.has(q.auto as AutoRule)) inline.push(`${k.keys[0] ?? '?'} ${q.id}`);
    expect(inline).toEqual([]);
  });

  it('each have a test beside them', () => {
    const tests = import.meta.glob('./*.test.ts');
    const missing = Object.keys(modules).filter((f) => tests[f.replace(/\.ts$/, '.test.ts')] === undefined);
    expect(missing).toEqual([]);
  });
});
