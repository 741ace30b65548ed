/** Fix code with the paste's values: its symbol (and ccxt's unified form for the product), its quantity; the user's library first. */
import type { Cause, Snippet, SnippetLibrary } from '../knowledge/types';
import type { Evidence, Finding, Library, Product } from '../types';

const QUOTES = ['FDUSD', 'USDT', 'USDC', 'BUSD', 'TUSD', 'USDP', 'BIDR', 'IDRT', 'DAI', 'BTC', 'ETH', 'BNB', 'EUR', 'TRY', 'BRL', 'GBP', 'AUD', 'JPY', 'UAH', 'NGN', 'PLN', 'RON', 'ZAR', 'ARS', 'MXN', 'XRP', 'TRX', 'DOGE', 'USD'];
const SPOT_LIKE = new Set<Product>(['spot', 'sapi', 'us', 'wsapi', 'link']);

/** The example values each product's code uses when the paste gives none. */
const PRODUCT_DEFAULTS: Partial<Record<Product, Record<string, string>>> = {
  usdm: { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT', quantity: '0.002' },
  pm: { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT', quantity: '0.002' },
  coinm: { symbol: 'BTCUSD_PERP', ccxtSymbol: 'BTC/USD:BTC', quantity: '1' },
  spot: { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT', quantity: '0.001' },
};

/** The product whose code fits the finding: its own, or for an HTTP-level finding the paste's. */
export const codeProduct = (finding: Finding, evidence: Evidence): Product | null =>
  finding.product === 'http' || finding.product == null ? evidence.product : finding.product;

/** ccxt's unified symbol for a Binance symbol: spot BTC/USDT, USD-M BTC/USDT:USDT, COIN-M BTC/USD:BTC (dated: …-240628). */
export function ccxtSymbolOf(symbol: string, futures: 'usdm' | 'coinm' | 'spot'): string | null {
  const coin = /^([A-Z0-9]{2,15})USD_(PERP|\d{6})$/.exec(symbol);
  if (coin?.[1] !== undefined) return `${coin[1]}/USD:${coin[1]}${coin[2] === 'PERP' ? '' : `-${coin[2] ?? ''}`}`;
  const m = /^([A-Z0-9]{2,20})(?:_(\d{6}))?$/.exec(symbol);
  if (m?.[1] === undefined) return null;
  const pair = m[1];
  const quote = QUOTES.find((q) => pair.endsWith(q) && pair.length > q.length);
  if (quote === undefined) return null;
  const base = pair.slice(0, -quote.length);
  if (futures === 'spot') return m[2] === undefined ? `${base}/${quote}` : null;
  return `${base}/${quote}:${quote}${m[2] !== undefined ? `-${m[2]}` : ''}`;
}

/** The placeholder values of the paste for a product (null: keep the knowledge's shape of ccxt symbol). */
export function pasteValues(evidence: Evidence, product: Product | null, shape?: string): Record<string, string> {
  const out: Record<string, string> = {};
  const symbol = evidence.params.symbol;
  if (symbol !== undefined && /^[A-Z0-9]{4,20}(?:_[A-Z0-9]{4,8})?$/.test(symbol)) {
    out.symbol = symbol;
    const kind = product === 'coinm' || /USD_/.test(symbol) ? 'coinm' : product != null ? (SPOT_LIKE.has(product) ? 'spot' : 'usdm') : shape?.includes(':') === false ? 'spot' : 'usdm';
    const c = ccxtSymbolOf(symbol, kind);
    if (c != null) out.ccxtSymbol = c;
  }
  const q = evidence.params.quantity;
  if (q !== undefined && /^\d+(?:\.\d+)?$/.test(q) && Number(q) > 0) out.quantity = q;
  return out;
}

const LIBRARY_ORDER: readonly SnippetLibrary[] = ['python-binance', 'ccxt-python', 'ccxt-js', 'connector-python', 'connector-js', 'curl'];
const NEAREST: Partial<Record<Library, SnippetLibrary>> = {
  freqtrade: 'ccxt-python',
  hummingbot: 'connector-python',
  'node-binance-api': 'connector-js',
  'binance-api-node': 'connector-js',
  'go-binance': 'curl',
  'binance-net': 'curl',
  'java-connector': 'curl',
};

/** The snippet library closest to the user's: theirs, or the one in their language. */
export const snippetLibraryFor = (library: Library | null): SnippetLibrary | null =>
  library == null ? null : (LIBRARY_ORDER as readonly string[]).includes(library) ? (library as SnippetLibrary) : (NEAREST[library] ?? null);

/** Does a value the knowledge chose fit the product (a ccxt futures symbol is no Spot symbol)? */
function fits(name: string, value: string, product: Product): boolean {
  if (name === 'ccxtSymbol') return SPOT_LIKE.has(product) ? !value.includes(':') : product === 'coinm' ? /\/USD:/.test(value) : /:USD[TC]/.test(value);
  if (name === 'symbol') return product === 'coinm' ? value.includes('USD_') : !value.includes('USD_');
  return true;
}

/** One snippet per library, the user's library first, placeholders filled with the paste's values over the product's defaults. */
export function fillSnippets(snippets: readonly Snippet[], finding: Finding, evidence: Evidence, first: SnippetLibrary | null): Snippet[] {
  const product = codeProduct(finding, evidence);
  const defaults = product == null ? {} : (PRODUCT_DEFAULTS[SPOT_LIKE.has(product) ? 'spot' : product] ?? {});
  const seen = new Set<SnippetLibrary>();
  const out: Snippet[] = [];
  for (const s of snippets) {
    if (seen.has(s.library)) continue;
    seen.add(s.library);
    if (s.template === undefined) {
      out.push({ library: s.library, code: s.code });
      continue;
    }
    const own = Object.fromEntries(Object.entries(s.values ?? {}).filter(([k, v]) => product == null || fits(k, v, product)));
    const values: Record<string, string> = { ...PRODUCT_DEFAULTS.usdm, ...defaults, ...own, ...pasteValues(evidence, product, s.values?.ccxtSymbol) };
    out.push({ library: s.library, code: s.template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => values[name] ?? m) });
  }
  return first == null ? out : [...out.filter((s) => s.library === first), ...out.filter((s) => s.library !== first)];
}

/** The causes with their fix code filled and ordered. */
export const fillCauses = (causes: readonly Cause[], finding: Finding, evidence: Evidence): Cause[] => {
  const first = snippetLibraryFor(evidence.library);
  return causes.map((c) => ({ ...c, fixes: c.fixes.map((f) => (f.snippets === undefined ? f : { ...f, snippets: fillSnippets(f.snippets, finding, evidence, first) })) }));
};
