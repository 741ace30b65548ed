/** What makes two signals the same error, for the stages that treat a repeat as its first sighting. */
import type { Signal } from '../extract/signals';
import { DERIVED } from '../catalogue/index';

const COLLIDING = new Set(DERIVED.collisions.map((c) => c.code));

/** What makes two signals the same error; null where nearby evidence may change the answer. */
export function signature(sig: Signal): string | null {
  if (sig.code != null && COLLIDING.has(sig.code)) return null;
  if (sig.kind === 'fuzzy' || (sig.kind === 'template' && sig.templates.length > 1)) return null;
  return `${sig.kind}|${sig.code ?? ''}|${sig.templates[0]?.message.text ?? ''}|${sig.names[0]?.name ?? ''}|${sig.httpStatus ?? ''}|${sig.httpVariant ?? ''}${sig.conflict === undefined ? '' : `|${sig.conflict.code}`}`;
}
