import type { AutoRule } from '../types';

/** Did the order carry reduceOnly/closePosition=true, or reduceOnly=false? Read from those request parameters. */
export const reduceOnlyFlag: AutoRule = ({ evidence }) => {
  if (evidence.params.reduceOnly === 'true' || evidence.params.closePosition === 'true') return { value: 'yes', because: 'your request carried reduceOnly/closePosition=true' };
  if (evidence.params.reduceOnly === 'false') return { value: 'no', because: 'your request carried reduceOnly=false' };
  return undefined;
};
