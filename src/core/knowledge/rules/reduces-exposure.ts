import type { AutoRule } from '../types';

/** Does the order reduce exposure (the -1008 exemption) or open/add to it? From closePosition, reduceOnly and the positionSide/side pair. */
export const reducesExposure: AutoRule = ({ evidence }) => {
  const p = evidence.params;
  if ((p.closePosition ?? '').toLowerCase() === 'true') return { value: 'reducing', because: 'your order carried closePosition=true' };
  if ((p.reduceOnly ?? '').toLowerCase() === 'true') return { value: 'reducing', because: 'your order carried reduceOnly=true' };
  const ps = (p.positionSide ?? '').toUpperCase();
  const side = (p.side ?? '').toUpperCase();
  if ((ps === 'LONG' && side === 'SELL') || (ps === 'SHORT' && side === 'BUY')) return { value: 'reducing', because: `positionSide=${ps} with side=${side} closes part of that position` };
  if ((ps === 'LONG' && side === 'BUY') || (ps === 'SHORT' && side === 'SELL')) return { value: 'opening', because: `positionSide=${ps} with side=${side} adds to that position` };
  return undefined;
};
