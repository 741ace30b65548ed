import type { AutoRule } from '../types';
import { upper } from './util';

/** Hedge or one-way position mode, from the positionSide the pasted request carried. */
export const modeFromPositionSide: AutoRule = ({ evidence }) => {
  const ps = upper(evidence.params.positionSide);
  if (ps === 'BOTH') return { value: 'oneway', because: 'your request carried positionSide=BOTH, the value one-way mode uses' };
  if (ps === 'LONG' || ps === 'SHORT') return { value: 'hedge', because: `your request carried positionSide=${ps}, which only hedge mode accepts` };
  return undefined;
};
