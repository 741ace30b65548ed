// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHistory, forgetEverything, keepChoice, loadHistory, loadState, pushHistory, saveState, scrubHistory, setKeepChoice } from './storage';

const KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const TEXT = `X-MBX-APIKEY: ${KEY}\n{"code":-2019,"msg":"Margin is insufficient."}`;
const state = (text: string) => ({ text, selected: 'usdm:-2019', answers: { 'usdm:-2019': { q: 'a' } }, products: {} });

beforeEach(async () => {
  await forgetEverything();
});

describe('what is kept of a paste', () => {
  it('keeps the paste redacted, with the rest of the work', () => {
    expect(keepChoice()).toBe('redacted');
    expect(saveState(state(TEXT))).toBeNull();
    expect(JSON.stringify(localStorage)).not.toContain(KEY);
    const { state: back } = loadState();
    expect(back?.text).toBe('X-MBX-APIKEY: [redacted]\n{"code":-2019,"msg":"Margin is insufficient."}');
    expect(back?.answers).toEqual({ 'usdm:-2019': { q: 'a' } });
  });

  it('keeps the history redacted, and redacts what an older version kept as it was', () => {
    pushHistory({ at: 1, title: '-2019', text: TEXT });
    expect(loadHistory()[0]?.text).toContain('[redacted]');
    localStorage.setItem('fed:v1:history', JSON.stringify([{ at: 2, title: '-2019', text: TEXT }]));
    expect(scrubHistory()[0]?.text).not.toContain(KEY);
    expect(localStorage.getItem('fed:v1:history')).not.toContain(KEY);
  });

  it('keeps nothing once the user says so, and removes what was kept', () => {
    saveState(state(TEXT));
    pushHistory({ at: 1, title: '-2019', text: TEXT });
    setKeepChoice('none');
    expect(localStorage.getItem('fed:v1:state')).toBeNull();
    expect(localStorage.getItem('fed:v1:history')).toBeNull();
    saveState(state(TEXT));
    expect(pushHistory({ at: 1, title: '-2019', text: TEXT })).toEqual([]);
    expect(Object.keys(localStorage)).toEqual(['fed:v1:keep']);
    expect(loadState().state).toBeNull();
  });

  it('removes the state when there is nothing pasted, and clears the history', () => {
    saveState(state(TEXT));
    saveState(state(''));
    expect(localStorage.getItem('fed:v1:state')).toBeNull();
    pushHistory({ at: 1, title: '-2019', text: TEXT });
    clearHistory();
    expect(loadHistory()).toEqual([]);
  });

  it('forgets everything: stores and preferences', async () => {
    setKeepChoice('none');
    localStorage.setItem('fed:v1:library', 'curl');
    sessionStorage.setItem('fed:v1:updated', '1');
    await forgetEverything();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(keepChoice()).toBe('redacted');
  });
});
