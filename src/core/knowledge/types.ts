/** Types of the authored diagnosis knowledge: meanings, retry advice, trees of questions, causes, fixes. */
import type { Evidence, Finding, Outcome, Product, RetryVerdict } from '../types';

/** Libraries we write fix code for; the detected one is shown first. */
export type SnippetLibrary =
  | 'python-binance'
  | 'ccxt-python'
  | 'ccxt-js'
  | 'connector-python'
  | 'connector-js'
  | 'curl';

/** Code for one client library. Python and JavaScript must parse; curl is a shell command. */
export interface Snippet {
  library: SnippetLibrary;
  code: string;
  /** The file's text with its `{{name}}` placeholders unfilled, when it has any (a diagnosis fills them from the paste). */
  template?: string;
  /** The values the knowledge filled in (its defaults), by placeholder name. */
  values?: Readonly<Record<string, string>>;
}

/** An endpoint that confirms a cause, e.g. GET /fapi/v1/time. */
export interface Confirm {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  look: string;
}

/** A concrete fix: steps in order, and code where code helps. */
export interface Fix {
  title: string;
  steps: string[];
  confirm?: Confirm;
  snippets?: Snippet[];
}

/** A likely cause of an error, with why it happens and at least one fix. */
export interface Cause {
  id: string;
  title: string;
  why: string;
  fixes: Fix[];
  /** The products this cause can happen on (every product of its error when absent). */
  products?: readonly Product[];
}

/** What the evidence says to a question, and why. */
export interface AutoAnswer {
  value: string;
  because: string;
}

/** What an auto-answer rule can see. */
export interface AutoContext {
  finding: Finding;
  evidence: Evidence;
}

/** A named auto-answer rule: reads the paste's finding and evidence, answers a question or stays silent. */
export type AutoRule = (ctx: AutoContext) => AutoAnswer | undefined;

/** One answer to a question: it leads to another question, or ranks the causes. */
export interface Option {
  value: string;
  label: string;
  /** Id of the next question. */
  next?: string;
  /** Cause ids, most likely first, when this answer ends the walk. */
  ranks?: string[];
}

/** A question that tells causes apart. */
export interface Question {
  id: string;
  text: string;
  help?: string;
  options: Option[];
  /** Answers the question from the paste, when it can. */
  auto?: AutoRule;
}

/** A tree: the first question and all questions by id. */
export interface Tree {
  start: string;
  questions: Question[];
}

/** Retry advice: the verdict, what happened, an optional wait, and the plain words. */
export interface RetryAdvice {
  verdict: RetryVerdict;
  outcome: Outcome;
  waitSeconds?: number;
  advice: string;
}

/**
 * Knowledge of one error. `keys` says which errors it covers:
 * `-1021` (that code in every product where it means the same),
 * `usdm:-2021` (one product), `http:503` / `http:503:unknown` (HTTP-level).
 */
export interface Knowledge {
  keys: string[];
  meaning: string;
  retry: RetryAdvice;
  causes: Cause[];
  tree?: Tree;
}
