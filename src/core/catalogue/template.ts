/** Splits a catalogue message into literal parts around `%s`/`%b`/`%d` (Spot's `{param}`, Java's `{0}`) placeholders. */
import type { Slot } from './types';

const PLACEHOLDER = /%([sbd])|\{param\}|\{\d\}/g;

/** Literal parts and slot kinds of a message; `parts.length === slots.length + 1`. */
export function splitTemplate(text: string): { parts: string[]; slots: Slot[] } {
  const parts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index));
    slots.push((m[1] as Slot | undefined) ?? 's');
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return { parts, slots };
}
