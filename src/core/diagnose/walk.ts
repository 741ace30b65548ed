/**
 * The walk through a tree of questions: the user's answers first, then what the paste says, up to the first
 * open question. Every question offers "Not sure"; after each answer the causes still possible are known, and
 * those the answers exclude are ruled out.
 */
import type { AutoAnswer, Knowledge, Question, Tree } from '../knowledge/types';
import type { Evidence, Finding } from '../types';

/** The value of the "Not sure" option the engine adds to every question. */
export const NOT_SURE = 'not-sure';
const NOT_SURE_LABEL = /^(?:not sure|i (?:am not sure|don[’']t know|can[’']t tell))\b/i;

/** A question as data (no functions), ready to show or to cross a worker boundary. */
export interface QuestionView {
  id: string;
  text: string;
  help?: string;
  options: { value: string; label: string }[];
}

/** A question on the path, with its answer and where the answer came from. */
export interface AnsweredQuestion {
  question: QuestionView;
  value: string;
  label: string;
  by: 'user' | 'paste';
  because?: string;
  /** What the paste said, when the user overrode it. */
  pasteSaid?: AutoAnswer;
}

/** Where a walk stopped and what the answers leave possible. */
export interface Walk {
  path: AnsweredQuestion[];
  next: QuestionView | null;
  /** The causes the last answer ranks, most likely first, when the walk is complete. */
  ranks: string[] | null;
  /** Each cause still possible, with its best position in a ranking the remaining answers can reach. */
  possible: Map<string, number> | null;
  /** Causes the tree can conclude but the answers given exclude. */
  ruledOut: string[];
}

/** Does the question carry a "Not sure" option of its own (then the engine adds none)? */
const ownNotSure = (q: Question): boolean => q.options.some((o) => o.value === NOT_SURE || NOT_SURE_LABEL.test(o.label));

/** The question as shown: its options, and "Not sure" last unless it has its own. */
export function view(q: Question): QuestionView {
  const options = q.options.map((o) => ({ value: o.value, label: o.label }));
  if (!ownNotSure(q)) options.push({ value: NOT_SURE, label: 'Not sure' });
  const v: QuestionView = { id: q.id, text: q.text, options };
  if (q.help !== undefined) v.help = q.help;
  return v;
}

function safeAuto(q: Question, finding: Finding, evidence: Evidence): AutoAnswer | undefined {
  try {
    const a = q.auto?.({ finding, evidence });
    return a !== undefined && q.options.some((o) => o.value === a.value) ? a : undefined;
  } catch {
    return undefined;
  }
}

/** Every cause a ranking below `start` can name, with its best (smallest) position in any of them. */
export function reachable(tree: Tree, start: string): Map<string, number> {
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const best = new Map<string, number>();
  const seen = new Set<string>();
  const visit = (id: string): void => {
    const q = questions.get(id);
    if (q === undefined || seen.has(id)) return;
    seen.add(id);
    for (const o of q.options) {
      o.ranks?.forEach((c, i) => best.set(c, Math.min(i, best.get(c) ?? i)));
      if (o.next !== undefined) visit(o.next);
    }
  };
  visit(start);
  return best;
}

/** Walks a tree: user answers first, then what the paste says; stops at the first open question, or at "Not sure". */
export function walk(k: Knowledge, finding: Finding, evidence: Evidence, answers: Readonly<Record<string, string>>): Walk {
  const tree = k.tree;
  if (tree === undefined) return { path: [], next: null, ranks: null, possible: null, ruledOut: [] };
  const all = reachable(tree, tree.start);
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const path: AnsweredQuestion[] = [];
  const done = (next: QuestionView | null, ranks: string[] | null, possible: Map<string, number>): Walk => ({
    path,
    next,
    ranks,
    possible,
    ruledOut: path.length === 0 ? [] : [...all.keys()].filter((c) => !possible.has(c)),
  });
  let q = questions.get(tree.start);
  const visited = new Set<string>();
  while (q !== undefined && !visited.has(q.id)) {
    visited.add(q.id);
    const auto = safeAuto(q, finding, evidence);
    const user = answers[q.id];
    const unsure = user === NOT_SURE && !q.options.some((o) => o.value === NOT_SURE);
    if (unsure) {
      // NOTE: "Not sure" rules nothing out: every cause below this question stays, ranked by its best position.
      const below = reachable(tree, q.id);
      path.push({ question: view(q), value: NOT_SURE, label: 'Not sure', by: 'user', ...(auto !== undefined ? { pasteSaid: auto } : {}) });
      const order = (id: string): number => k.causes.findIndex((c) => c.id === id);
      const ranks = [...below].sort((a, b) => a[1] - b[1] || order(a[0]) - order(b[0])).map(([c]) => c);
      return done(null, ranks, below);
    }
    const chosen = user !== undefined && q.options.some((o) => o.value === user) ? user : auto?.value;
    const option = chosen === undefined ? undefined : q.options.find((o) => o.value === chosen);
    if (option === undefined || chosen === undefined) return done(view(q), null, reachable(tree, q.id));
    const step: AnsweredQuestion = { question: view(q), value: chosen, label: option.label, by: user !== undefined && chosen === user ? 'user' : 'paste' };
    if (step.by === 'paste' && auto !== undefined) step.because = auto.because;
    if (step.by === 'user' && auto !== undefined && auto.value !== user) step.pasteSaid = auto;
    path.push(step);
    if (option.ranks !== undefined) return done(null, option.ranks, new Map(option.ranks.map((c, i) => [c, i])));
    if (option.next === undefined) return done(null, null, all);
    q = questions.get(option.next);
  }
  return { path, next: null, ranks: null, possible: null, ruledOut: [] };
}
