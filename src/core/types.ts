/** Shared, serialisable types of the pure core: decode results, evidence and retry verdicts. */

/**
 * The Binance APIs whose error pages we carry: the founding four (USD-M, COIN-M, Spot, Portfolio
 * Margin), SAPI (wallet, margin, sub-account …), Options, Binance.US, WebSocket streams and Binance Link.
 */
export type Product = 'usdm' | 'coinm' | 'spot' | 'pm' | 'sapi' | 'options' | 'us' | 'wsapi' | 'link';

/** A product, or `http` for an HTTP-level response that carries no Binance code. */
export type Source = Product | 'http';

/** Client libraries we can recognise in a paste and write fixes for. */
export type Library =
  | 'python-binance'
  | 'ccxt-python'
  | 'ccxt-js'
  | 'connector-python'
  | 'connector-js'
  | 'node-binance-api'
  | 'binance-api-node'
  | 'go-binance'
  | 'binance-net'
  | 'java-connector'
  | 'freqtrade'
  | 'hummingbot'
  | 'curl';

/** What to do about a failed request, in the order a stressed user needs to know it. */
export type RetryVerdict =
  | 'safe-to-retry'
  | 'retry-after-wait'
  | 'fix-first'
  | 'never-retry'
  | 'query-order-first'
  | 'nothing-to-do';

/** What happened to the request on Binance's side. */
export type Outcome = 'rejected' | 'unknown' | 'executed' | 'no-change';

/** How a finding was tied to the catalogue, strongest first. */
export type MatchedBy = 'code' | 'template' | 'name' | 'fuzzy';

/** One place in the paste where an error was seen. Line and column are 1-based. */
export interface Occurrence {
  line: number;
  column: number;
  text: string;
}

/** One catalogue entry an error could be, with the reason it ranks where it does. */
export interface Candidate {
  source: Source;
  code: number;
  name: string | null;
  message: string | null;
  score: number;
  reason: string;
}

/** Request parameters found in a paste (all kept as the text that was seen). */
export interface RequestParams {
  symbol?: string;
  side?: string;
  type?: string;
  positionSide?: string;
  reduceOnly?: string;
  closePosition?: string;
  quantity?: string;
  price?: string;
  stopPrice?: string;
  recvWindow?: string;
  timestamp?: string;
  newClientOrderId?: string;
  timeInForce?: string;
  leverage?: string;
  marginType?: string;
}

/** Everything a paste says about the request around an error. */
export interface Evidence {
  product: Product | null;
  productConfidence: number;
  productReasons: string[];
  library: Library | null;
  libraryReason: string | null;
  endpoint: string | null;
  /** The line (1-based) the endpoint was read from. */
  endpointLine: number | null;
  method: string | null;
  /** The line (1-based) the HTTP method was read from. */
  methodLine: number | null;
  httpStatus: number | null;
  params: RequestParams;
  /** The line (1-based) each parameter was read from. */
  paramLines: Partial<Record<keyof RequestParams, number>>;
  serverTime: number | null;
  /** Rate-limit and retry headers, names lower-cased: `x-mbx-used-weight-1m` → `2400`. */
  headers: Record<string, string>;
  /** Log timestamps seen (first and last), as written. */
  logTimes: string[];
}

/** A Binance error found in a paste, grouped over all of its occurrences. */
export interface Finding {
  /** Stable key: `usdm:-2019`, `http:503`, `unknown:-9999`. */
  id: string;
  code: number;
  name: string | null;
  known: boolean;
  product: Source | null;
  family: string | null;
  confidence: number;
  matchedBy: MatchedBy;
  /** The message as the paste has it, if any. */
  message: string | null;
  /** The catalogue message it matched, if any. */
  catalogueMessage: string | null;
  httpStatus: number | null;
  candidates: Candidate[];
  occurrences: Occurrence[];
  /** Placeholder values by name, e.g. `{ limit: '2400' }` or `{ bannedUntil: '1700000000000' }`. */
  params: Record<string, string>;
  retry: RetryVerdict;
  outcome: Outcome;
  /** An "already set" reply that means the wanted state is in place. */
  benign: boolean;
  /** Evidence from the lines around this finding's first occurrence. */
  evidence: Evidence;
  /** For unknown codes and weak matches: the nearest catalogue messages. */
  nearest: Candidate[];
  /**
   * How `product` was settled: by what the paste says around the error (`evidence`), or by the message's
   * wording (`wording`). `same-everywhere` with a null product: the error means the same on every API
   * that has it and nothing in the paste says which one answered (the meaning is known, the endpoints
   * and code are not). Absent where the product is left open because the readings differ, or for HTTP.
   */
  productBasis?: 'evidence' | 'wording' | 'same-everywhere';
  /** The other errors the paste shows before this one first occurs, nearest first (at most five): a knock-on error follows the one to fix. */
  earlier?: { code: number; line: number }[];
  /** Where the code and its message (or constant name) disagree: the code the message belongs to. The finding keeps its code. */
  conflict?: { messageCode: number; messageName: string | null };
}

/** What `decode` returns: findings in order of first occurrence, and the paste's evidence. */
export interface DecodeResult {
  findings: Finding[];
  evidence: Evidence;
  stats: { lines: number; bytes: number; signals: number };
}
