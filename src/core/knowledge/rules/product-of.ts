import type { AutoRule } from '../types';

/** Which product (spot, usdm, coinm, pm) the failing request belonged to: the endpoint path first, then the paste's product. */
export const productOf: AutoRule = ({ finding, evidence }) => {
  const ep = evidence.endpoint ?? '';
  if (/\/api\/v3\//i.test(ep)) return { value: 'spot', because: `the request went to ${ep}, a Spot path` };
  if (/\/fapi\//i.test(ep)) return { value: 'usdm', because: `the request went to ${ep}, a USD-M futures path` };
  if (/\/dapi\//i.test(ep)) return { value: 'coinm', because: `the request went to ${ep}, a COIN-M futures path` };
  if (/\/papi\//i.test(ep)) return { value: 'pm', because: `the request went to ${ep}, a Portfolio Margin path` };
  const p = evidence.product ?? (finding.product === 'http' ? null : finding.product);
  if (p === 'spot') return { value: 'spot', because: 'the paste reads as a Spot request' };
  if (p === 'usdm') return { value: 'usdm', because: 'the paste reads as a USD-M futures request' };
  if (p === 'coinm') return { value: 'coinm', because: 'the paste reads as a COIN-M futures request' };
  if (p === 'pm') return { value: 'pm', because: 'the paste reads as a Portfolio Margin request' };
  return undefined;
};
