import type { AutoRule } from '../types';

/** Was it a MARKET order or another type? Read from the request's type parameter, as written. */
export const marketOrderType: AutoRule = ({ evidence }) => {
  const t = evidence.params.type;
  if (t === undefined) return undefined;
  return t === 'MARKET' ? { value: 'market', because: 'your request carried type=MARKET' } : { value: 'other', because: `your request carried type=${t}` };
};
