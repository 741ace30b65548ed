import type { AutoRule } from '../types';

/** Does the account's margin mode matter for this call? Not for Spot: Spot endpoints take keys of classic and Portfolio Margin accounts alike. From the finding's product. */
export const spotKeyAnyAccount: AutoRule = ({ finding }) =>
  finding.product === 'spot' ? { value: 'consistent', because: 'the call went to Spot, which takes keys of classic and Portfolio Margin accounts alike' } : undefined;
