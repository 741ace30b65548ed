/**
 * What a code of a later product (SAPI, Options, Binance.US, WebSocket streams, Binance Link) means when
 * no knowledge module covers it: its family — by the page's heading, or by its number where one heading
 * spans several APIs (SAPI's "3xxx-5xxx" holds margin, wallet and asset errors) — with generic causes
 * and advice. Knowledge modules for the common ones replace these.
 */
import type { Cause } from '../knowledge/types';
import type { Product } from '../types';

/** A family of a later product: what its errors are about, likely causes, and what to do before resending. */
export interface LaterFamily {
  id: string;
  title: string;
  /** Completes "… one of its errors about …". */
  about: string;
  causes: Cause[];
  advice: string;
}

const fix = (title: string, ...steps: string[]): Cause['fixes'][number] => ({ title, steps });
const cause = (id: string, title: string, why: string, ...fixes: Cause['fixes']): Cause => ({ id, title, why, fixes });

const CHECK_ACCOUNT = fix(
  'Check the account on the website or app',
  'Open the matching page of your Binance account (wallet, margin, earn …) and look for a notice, a missing agreement or a limit.',
  'Change the setting or finish the step it asks for, then send the request once more.',
);
const READ_PARAMS = fix(
  'Compare the request with the endpoint’s documentation',
  'Print the exact parameters your client sent (asset, amount, type, ids).',
  'Check each against the endpoint page: required fields, allowed values, minimums and precision.',
  'Resend once; if it fails the same way, do not loop.',
);
const WAIT = fix('Wait, then send it once more', 'Wait a minute (or the time the message names) before resending.', 'Send such requests one at a time, not in a loop or in parallel.');

const RULE = cause('rule-not-met', 'The request broke a rule of this API', 'The message names a check on the account, the asset or the amount that failed.', READ_PARAMS);
const ACCOUNT = cause('account-state', 'The account is not in the state this needs', 'These errors depend on settings, agreements, verification or balances of the account, not only on the request.', CHECK_ACCOUNT);
const BUSY = cause('busy-or-limited', 'Too many requests, or the service is busy or still working on an earlier one', 'Some of these endpoints allow one request every few seconds, or refuse while a transfer or repayment is pending.', WAIT);

const FIX = 'Sending the same request again fails the same way: change the request or the account first.';
const family = (id: string, title: string, about: string, causes: Cause[], advice = FIX): LaterFamily => ({ id, title, about, causes, advice });

const SAPI: [(code: number, name: string) => boolean, LaterFamily][] = [
  [(c) => c <= -1000 && c > -1100, family('sapi-general', 'General server or network issues', 'the server or the network', [BUSY, RULE], 'Wait a little and resend a read; for a write, check whether it took effect before resending.')],
  [(c) => c <= -1100 && c > -3000, family('sapi-request', 'Request issues', 'a malformed or incomplete request', [RULE])],
  [(c) => c <= -3000 && c > -4000, family('sapi-margin', 'Margin account: borrow, repay, transfer and trade', 'the margin account (borrowing, repaying, transfers in and out, margin trading)', [ACCOUNT, RULE, BUSY])],
  [(c) => c <= -4000 && c > -5000, family('sapi-wallet', 'Wallet: deposits, withdrawals and addresses', 'the wallet (withdrawal rules, addresses and whitelists, deposit confirmations)', [ACCOUNT, RULE])],
  [(c, n) => c <= -5000 && c > -6000 && /SUB|FUTURE_ACCT/.test(n), family('sapi-sub-account', 'Sub-accounts and transfers between accounts', 'sub-accounts and transfers between a parent and its sub-accounts', [ACCOUNT, RULE])],
  [(c) => c <= -5000 && c > -6000, family('sapi-asset', 'Assets: transfers and small-balance (dust) conversion', 'asset transfers and converting small balances (dust)', [RULE, ACCOUNT, BUSY])],
  [(c) => c <= -6000 && c > -7000, family('sapi-earn', 'Savings and Simple Earn', 'savings and Simple Earn products (subscribing, redeeming, quotas)', [RULE, ACCOUNT, BUSY])],
  [(c) => c <= -7000 && c > -8000, family('sapi-futures-data', 'Futures data requests', 'a futures data request (date range or data type)', [RULE])],
  [(c) => c <= -10000 && c > -11000, family('sapi-loan', 'Crypto loans', 'crypto loans (borrowing, collateral, repayment, LTV)', [RULE, ACCOUNT, BUSY])],
  [(c) => c <= -12000 && c > -13000, family('sapi-swap', 'Liquid Swap and convert', 'swapping or converting assets', [BUSY, RULE], 'Wait before sending again, and send less often.')],
  [(c) => c <= -13000 && c > -14000, family('sapi-blvt', 'Leveraged tokens (BLVT)', 'leveraged tokens (subscription and redemption limits)', [ACCOUNT, RULE])],
  [(c) => c <= -18000 && c > -19000, family('sapi-code', 'Binance Code (gift cards)', 'Binance Code gift cards (creating, redeeming, verifying)', [RULE, BUSY])],
  [(c) => c <= -20000 && c > -21000, family('sapi-algo', 'Algo orders (TWAP, VP)', 'algo orders (symbol, size, duration, open-order limits)', [RULE])],
  [(c) => c <= -21000 && c > -22000, family('sapi-pm-pro', 'Portfolio Margin Pro account', 'the Portfolio Margin Pro account (transfers, bankruptcy-loan repayment)', [ACCOUNT, RULE])],
  [(c) => c <= -27000 || c === -1024 || c === -1025, family('sapi-institutional-loan', 'Institutional Loan', 'an institutional loan (risk units, collateral accounts, borrowing limits)', [ACCOUNT, RULE])],
];

const OPTIONS: [(code: number) => boolean, LaterFamily][] = [
  [(c) => c <= -1000 && c > -1100, family('options-general', 'General server or network issues', 'the server or the network', [BUSY, RULE], 'Wait a little and resend a read; for an order, query it before sending it again.')],
  [(c) => c <= -1100 && c > -3000, family('options-request', 'Request issues', 'a malformed or incomplete request', [RULE])],
  [(c) => c <= -3000 && c > -5000, family('options-order', 'Order filters and other checks', 'the order’s price, quantity or contract', [RULE])],
  [(c) => c <= -5000 && c > -6000, family('options-account', 'Options account and user', 'the Options account (activation, access, KYC, position)', [ACCOUNT, RULE])],
  [(c) => c <= -6000, family('options-mm', 'Market maker protection, block trades and RFQ', 'market-maker protection, block orders or quotes (RFQ)', [RULE, ACCOUNT])],
];

const SINGLE: Partial<Record<Product, LaterFamily>> = {
  us: family('us', 'Binance.US request errors', 'a Binance.US request', [RULE, ACCOUNT]),
  wsapi: family('ws-streams', 'WebSocket stream control messages', 'a control message sent on a market-stream socket (SUBSCRIBE, LIST_SUBSCRIPTIONS, SET_PROPERTY …)', [
    cause('bad-control-message', 'The control message was not valid JSON or not in the expected shape', 'The stream server answers a SUBSCRIBE/UNSUBSCRIBE/SET_PROPERTY message it cannot read with codes 0–3; market data itself is unaffected.', fix('Send the message in the documented shape', 'Send JSON like {"method":"SUBSCRIBE","params":["btcusdt@trade"],"id":1}: method in capitals, params a list of stream names, id an unsigned integer.', 'Check stream names against the product’s stream list (lower-case symbols).')),
  ]),
  link: family('link', 'Binance Link (KYC SaaS) errors', 'a Binance Link (broker, KYC SaaS) request', [RULE, cause('link-support', 'A problem on Binance’s side or with the broker link', 'Some Link codes mean a system error or a broker account that does not match.', fix('Check the broker accounts, then ask Binance', 'Check the broker main and sub-account ids and their link.', 'For a system error, contact Binance support with the request time.'))]),
};

const SAPI_OTHER = family('sapi-other', 'Other SAPI errors', 'a SAPI request', [RULE, ACCOUNT]);

/** The family of a later product's code, or null for the founding four (their families have knowledge). */
export function laterFamily(product: Product, code: number, name: string | null): LaterFamily | null {
  if (product === 'sapi') return SAPI.find(([test]) => test(code, name ?? ''))?.[1] ?? SAPI_OTHER;
  if (product === 'options') return OPTIONS.find(([test]) => test(code))?.[1] ?? null;
  return SINGLE[product] ?? null;
}
