/** Stage 2 of decode: each candidate resolved against the catalogues with its nearby evidence; a repeat of an ambiguous one resolves as before. */
import type { Signal } from '../extract/signals';
import { copyEvidence } from '../evidence/evidence';
import { resolveSignal } from '../match/resolve';
import type { Evidence, Finding, MatchedBy } from '../types';
import type { PasteEvidence } from './attach-evidence';

/** What resolveSignal gave for a signal of one shape with given local and global products (the parts a repeat uses). */
export interface Resolved {
  sig: Signal;
  id: string;
  known: boolean;
  confidence: number;
  matchedBy: MatchedBy;
  catalogueMessage: string | null;
}

/** A signal tied to the catalogue, with the evidence of its window that ranked it. */
export interface Resolution {
  resolved: Omit<Finding, 'occurrences' | 'evidence'>;
  local: Evidence;
}

/** Resolves candidates against the catalogues, remembering how ambiguous ones of each shape resolved. */
export interface CandidateResolver {
  /** Whether the paste mixes products: then a repeat of an error is resolved in its own place, not joined to the first. */
  mixed: boolean;
  /** The key under which an ambiguous signal's resolution is remembered: its shape and the products its surroundings lean to. */
  shapeKey: (sig: Signal) => string;
  /** How a signal of the same shape under `shapeKey` resolved before, if one did. */
  repeatOf: (shapeKey: string, sig: Signal) => Resolved | undefined;
  /** Resolves a signal with the evidence of its window (and remembers it under `shapeKey`, if given). */
  resolve: (sig: Signal, shapeKey: string | null) => Resolution;
}

/** Whether two signals read the same to resolveSignal's ranking and confidence (all but line, column, params, status). */
function sameShape(a: Signal, b: Signal): boolean {
  if (a.kind !== b.kind || a.code !== b.code || a.message !== b.message) return false;
  if (a.templates.length !== b.templates.length || a.names.length !== b.names.length || a.fuzzy.length !== b.fuzzy.length) return false;
  for (let i = 0; i < a.templates.length; i++) if (a.templates[i] !== b.templates[i]) return false;
  for (let i = 0; i < a.names.length; i++) if (a.names[i] !== b.names[i]) return false;
  for (let i = 0; i < a.fuzzy.length; i++) if (a.fuzzy[i]?.group !== b.fuzzy[i]?.group || a.fuzzy[i]?.score !== b.fuzzy[i]?.score) return false;
  return true;
}

/** A resolver of candidates against the catalogues, ranked by the paste's evidence. */
export function candidateResolver(evidence: PasteEvidence): CandidateResolver {
  const { global } = evidence;
  // NOTE: an ambiguous signal (no signature) is resolved against its nearby evidence; a repeat of one
  // already resolved, with the same shape and the same local and global products, resolves the same.
  const resolvedShapes = new Map<string, Resolved[]>();
  return {
    mixed: evidence.mixed,
    shapeKey: (sig) => `${sig.kind}|${sig.code ?? ''}|${evidence.leanKeyAt(sig.line)}|${sig.message ?? ''}`,
    repeatOf: (shapeKey, sig) => resolvedShapes.get(shapeKey)?.find((x) => sameShape(x.sig, sig)),
    resolve: (sig, shapeKey) => {
      const near = evidence.near(sig.line);
      const local = copyEvidence(near.local);
      const resolved = resolveSignal(sig, local, global, near.lean);
      if (shapeKey != null) {
        const list = resolvedShapes.get(shapeKey) ?? [];
        if (list.length < 8) {
          list.push({ sig, id: resolved.id, known: resolved.known, confidence: resolved.confidence, matchedBy: resolved.matchedBy, catalogueMessage: resolved.catalogueMessage });
          resolvedShapes.set(shapeKey, list);
        }
      }
      return { resolved, local };
    },
  };
}
