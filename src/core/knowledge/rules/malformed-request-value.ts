import type { AutoRule } from '../types';

/** Which logged value is malformed (a number with an exponent, comma or space; a client id off the pattern; a symbol with separators), from the request parameters. */
export const malformedRequestValue: AutoRule = ({ evidence }) => {
  const p = evidence.params;
  for (const [k, v] of [['quantity', p.quantity], ['price', p.price], ['stopPrice', p.stopPrice]] as const) {
    if (v !== undefined && /e[-+]?\d|,|\s/i.test(v)) return { value: 'number', because: `your request carried ${k}=${v}` };
  }
  if (p.newClientOrderId !== undefined && !/^[.A-Z:/a-z0-9_-]{1,36}$/.test(p.newClientOrderId)) return { value: 'client-id', because: `newClientOrderId=${p.newClientOrderId} breaks the allowed pattern` };
  if (p.symbol !== undefined && /[/:\-\s]/.test(p.symbol)) return { value: 'symbol', because: `your request carried symbol=${p.symbol}` };
  return undefined;
};
