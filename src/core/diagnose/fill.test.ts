import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '../knowledge/registry';
import { ruleContext } from '../knowledge/rules/testing';
import type { Snippet } from '../knowledge/types';
import { diagnoseWith } from './diagnose';
import { ccxtSymbolOf, fillSnippets, snippetLibraryFor } from './fill';

const TEMPLATE = 'client.create_order(symbol="{{symbol}}", quantity="{{quantity}}")  # {{ccxtSymbol}}';
const snippets: Snippet[] = [
  { library: 'python-binance', code: 'x', template: TEMPLATE, values: { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' } },
  { library: 'python-binance', code: 'a second python-binance snippet' },
  { library: 'ccxt-python', code: 'plain' },
];

describe('fix code filled with the paste’s values', () => {
  it('derives ccxt’s unified symbol per product', () => {
    expect(ccxtSymbolOf('BTCUSDT', 'usdm')).toBe('BTC/USDT:USDT');
    expect(ccxtSymbolOf('ETHBTC', 'spot')).toBe('ETH/BTC');
    expect(ccxtSymbolOf('1000PEPEUSDC', 'usdm')).toBe('1000PEPE/USDC:USDC');
    expect(ccxtSymbolOf('BTCUSD_PERP', 'coinm')).toBe('BTC/USD:BTC');
    expect(ccxtSymbolOf('ETHUSD_240628', 'coinm')).toBe('ETH/USD:ETH-240628');
    expect(ccxtSymbolOf('BTCUSDT_240628', 'usdm')).toBe('BTC/USDT:USDT-240628');
    expect(ccxtSymbolOf('FOO', 'spot')).toBeNull();
  });

  it('fills symbol, ccxt symbol and quantity from the paste, one snippet per library, the user’s first', () => {
    const { finding, evidence } = ruleContext({ product: 'spot' }, { params: { symbol: 'SOLUSDT', quantity: '1.5' } });
    const out = fillSnippets(snippets, finding, evidence, 'ccxt-python');
    expect(out.map((s) => s.library)).toEqual(['ccxt-python', 'python-binance']);
    expect(out[1]?.code).toBe('client.create_order(symbol="SOLUSDT", quantity="1.5")  # SOL/USDT');
    expect(out[1]).not.toHaveProperty('template');
  });

  it('uses the product’s example values when the paste has none (a COIN-M symbol for COIN-M)', () => {
    const { finding, evidence } = ruleContext({ product: 'coinm' });
    expect(fillSnippets(snippets, finding, evidence, null)[0]?.code).toBe('client.create_order(symbol="BTCUSD_PERP", quantity="1")  # BTC/USD:BTC');
  });

  it('maps libraries without code of their own to the nearest one', () => {
    expect(snippetLibraryFor('freqtrade')).toBe('ccxt-python');
    expect(snippetLibraryFor('go-binance')).toBe('curl');
    expect(snippetLibraryFor('ccxt-js')).toBe('ccxt-js');
    expect(snippetLibraryFor(null)).toBeNull();
  });

  it('reach the diagnosis: every snippet names the paste’s symbol, none keeps a placeholder', () => {
    const { finding, evidence } = ruleContext({ code: -1106, product: 'usdm' }, { params: { symbol: 'DOGEUSDT' }, library: 'ccxt-python' });
    const d = diagnoseWith(finding, evidence, { knowledge: KNOWLEDGE });
    const code = d.causes.flatMap((c) => c.fixes.flatMap((f) => f.snippets ?? []));
    expect(code.length).toBeGreaterThan(0);
    expect(code.map((s) => s.code).join('\n')).not.toMatch(/\{\{\w+\}\}/);
    expect(code.filter((s) => s.code.includes('BTCUSDT') || s.code.includes('BTC/USDT'))).toEqual([]);
    expect(code.some((s) => s.code.includes('DOGE/USDT:USDT'))).toBe(true);
    for (const c of d.causes) for (const f of c.fixes) if (f.snippets !== undefined && f.snippets.some((s) => s.library === 'ccxt-python')) expect(f.snippets[0]?.library).toBe('ccxt-python');
  });
});
