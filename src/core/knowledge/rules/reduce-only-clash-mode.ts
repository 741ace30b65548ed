import type { AutoRule } from '../types';
import { modeFromPositionSide } from './mode-from-position-side';

/** Hedge or one-way mode behind a refused reduceOnly: closePosition=true means one-way (the clash is with that flag), else the positionSide sent. */
export const reduceOnlyClashMode: AutoRule = (ctx) => {
  if ((ctx.evidence.params.closePosition ?? '').toLowerCase() === 'true') return { value: 'oneway', because: 'your request also carried closePosition=true, so the clash is with that flag' };
  return modeFromPositionSide(ctx);
};
