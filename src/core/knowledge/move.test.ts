// NOTE: kept only while the old content files exist: the knowledge moved to one module per error
// must read exactly as the old registry did, key by key (rules are the same functions in both).
import { describe, expect, it } from 'vitest';
import execution from './content/execution';
import filters from './content/filters';
import general from './content/general';
import http from './content/http';
import processing from './content/processing';
import request from './content/request';
import { KNOWLEDGE } from './registry';
import type { Knowledge } from './types';

const byKey = (list: readonly Knowledge[]): Map<string, Knowledge> => new Map(list.flatMap((k) => k.keys.map((key) => [key, k] as const)));

describe('the knowledge moved to errors/<family>/<error>.ts', () => {
  const before = byKey([...general, ...http, ...request, ...processing, ...filters, ...execution]);
  const after = byKey(KNOWLEDGE);

  it('has the same keys', () => {
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  });

  it.each([...before.keys()])('reads the same for %s', (key) => {
    expect(after.get(key)).toEqual(before.get(key));
  });
});
