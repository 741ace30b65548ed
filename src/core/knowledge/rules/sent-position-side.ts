import type { AutoRule } from '../types';

/** Did the order carry LONG/SHORT or none/BOTH as positionSide? Read from the request's positionSide (as written), side and type. */
export const sentPositionSide: AutoRule = ({ evidence }) => {
  const ps = evidence.params.positionSide;
  if (ps === 'BOTH') return { value: 'none', because: 'your request carried positionSide=BOTH' };
  if (ps === 'LONG' || ps === 'SHORT') return { value: 'longshort', because: `your request carried positionSide=${ps}` };
  if (ps === undefined && (evidence.params.side !== undefined || evidence.params.type !== undefined))
    return { value: 'none', because: 'your request shows side/type but no positionSide' };
  return undefined;
};
