import type { AutoRule } from '../types';

/** Which window (seconds, minute, day) does the order-count limit name? From the message's "N orders per <interval>". */
export const orderLimitWindow: AutoRule = ({ finding }) => {
  const iv = (finding.params.interval ?? '').toUpperCase();
  const lim = finding.params.limit;
  const said = `the message gives the limit as ${lim ?? '?'} orders per ${finding.params.interval ?? '?'}`;
  if (iv.includes('SECOND') || /^\d+\s*S$/.test(iv)) return { value: 'seconds', because: said };
  if (iv.includes('MINUTE') || /^\d+\s*M$/.test(iv)) return { value: 'minute', because: said };
  if (iv.includes('DAY') || iv.includes('HOUR') || /^\d+\s*[DH]$/.test(iv)) return { value: 'day', because: said };
  return undefined;
};
