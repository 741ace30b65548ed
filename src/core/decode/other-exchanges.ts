/**
 * Stage 1b of decode: other exchanges' errors kept out. Bybit, OKX, KuCoin, Kraken and the Binance clones
 * (Bitrue, MEXC, Aster …) answer with codes and wording like Binance's; where the paste says which exchange
 * answered and it is not Binance, its errors are not reported.
 */
import { logPrefixLength } from '../evidence/evidence';
import { anyOf } from '../text/any-of';
import type { Candidates } from './find-candidates';

/** Another exchange's API host: the most specific sign, even beside the word Binance (`a Binance-compatible api.bitrue.com`). */
const OTHER_HOST =
  /\b(?:kucoin|bybit|okx|okex|kraken|bitfinex|bitrue|mexc|huobi|htx|gateio|gate|bitget|coinbase|bitmex|deribit|bitstamp|bittrex|poloniex|ftx|phemex|bingx|bitmart|coinex|hitbtc|upbit|bithumb|lbank|ascendex|whitebit|asterdex)\.(?:com|io|net|pro|us|cc|org|exchange)\b/i;
/** Another exchange named (its ccxt id, client library or class); its error fields: Bybit `retCode`/`ret_code`, OKX `sCode`/`sMsg`, Gate.io's `label`. */
const OTHER_NAME =
  /(?<![\w.])(?:kucoin\w*|bybit|pybit|okx|okex|kraken|bitfinex|bfx|bitrue|mexc|huobi|gate\.?io|bitget|coinbase\w*|gdax|bitmex|deribit|bitstamp|bittrex|poloniex|ftx|phemex|bingx|bitmart|coinex|hitbtc|upbit|bithumb|viabtc|fmex|aster(?:dex)?)(?![a-z])/i;
const OTHER_FIELD = /\b(?:retCode|ret_code|retMsg|ret_msg|sCode|sMsg)\b|["']label["']\s*:\s*["'][A-Z][A-Z_]+["']/;
/** Kraken's error strings: `EOrder:Insufficient funds`, `EGeneral:Invalid arguments`. */
const KRAKEN_ERROR = /\bE(?:Order|General|API|Service|Funding|Trade|Query|Auth):[A-Z]/;
/** Other systems' errors on the line itself: a Cloudflare page (`Error 1020 … Ray ID`), a SQL state (`ERROR 1021 (HY000)`). */
const OTHER_SYSTEM = /\bRay ID\b|\bcloudflare\b|\(HY\d{3}\)|\(\d{2}[A-Z]\d{2}\)|\bmysql\b|\bpostgres/i;
const BINANCE = /binance/i;
// NOTE: most lines name no exchange at all; one combined test spares them the six rules.
const ANY = anyOf([OTHER_HOST, BINANCE, OTHER_NAME, OTHER_FIELD, KRAKEN_ERROR, OTHER_SYSTEM]);

type Says = 'binance' | 'other' | 'system' | null;

/** Which exchange a line says answered: another exchange's host first, then Binance, then another's name. */
export function exchangeOf(line: string): Says {
  if (!ANY.test(line)) return null;
  if (OTHER_HOST.test(line)) return 'other';
  if (BINANCE.test(line)) return 'binance';
  if (OTHER_NAME.test(line) || OTHER_FIELD.test(line) || KRAKEN_ERROR.test(line)) return 'other';
  return OTHER_SYSTEM.test(line) ? 'system' : null;
}

/**
 * Drops the signals another exchange (or another system) gave: a signal's own line decides; on a short
 * paste, where its line says nothing, the nearest line that names an exchange (the earlier one on a tie).
 */
export function dropOtherExchanges(text: string, found: Candidates): void {
  const { signals, originals } = found;
  if (signals.length === 0) return;
  // NOTE: a log repeats its error lines with new times; a line's content after its time is read once.
  const own = new Map<string, Says>();
  let named: [line: number, says: Says][] | null = null;
  const keep = signals.filter((sig) => {
    const line = originals.get(sig.line) ?? '';
    const content = line.slice(logPrefixLength(line));
    let says = own.get(content);
    if (says === undefined) {
      says = exchangeOf(content);
      own.set(content, says);
    }
    if (says != null) return says === 'binance';
    if (!found.small) return true;
    named ??= namedLines(text);
    return nearest(named, sig.line) !== 'other';
  });
  if (keep.length === signals.length) return;
  signals.length = 0;
  signals.push(...keep);
}

/** The lines of a short paste that name an exchange, in order. */
function namedLines(text: string): [number, Says][] {
  const out: [number, Says][] = [];
  text.split('\n').forEach((line, i) => {
    const says = exchangeOf(line);
    if (says === 'binance' || says === 'other') out.push([i + 1, says]);
  });
  return out;
}

/** What the nearest naming line says (the earlier one on a tie). */
function nearest(named: readonly [number, Says][], line: number): Says {
  let best: Says = null;
  let bestD = Infinity;
  for (const [ln, says] of named) {
    const d = Math.abs(ln - line);
    if (d < bestD) {
      best = says;
      bestD = d;
    }
  }
  return best;
}
