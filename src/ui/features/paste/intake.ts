/** How much of a large paste or file the box shows (laying out megabytes in a textarea takes seconds). */
const PREVIEW = 8_000;
/** Texts larger than this never go into the box whole: it shows a preview, the whole text is decoded. */
export const LARGE = 200_000;

/** What the box shows for a text: the text itself, or the start of a large one with a note. */
export function boxText(text: string): string {
  if (text.length <= LARGE) return text;
  return `${text.slice(0, PREVIEW)}\n… (${((text.length - PREVIEW) / 1048576).toFixed(1)} MB more, decoded in full)`;
}

/** Largest file or paste we accept; larger ones get a message, not a frozen tab. */
export const MAX_INPUT = 64 * 1024 * 1024;

/** Looks like binary data (many control characters) rather than text. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) || c === 0xfffd) bad++;
  }
  return sample.length > 0 && bad / sample.length > 0.1;
}
