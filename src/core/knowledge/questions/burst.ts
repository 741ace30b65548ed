/** Question shared by several errors: How many orders does your bot send at the same moment? */
import type { Question } from '../types';

export const burstQuestion: Question = {
  id: 'burst',
  text: 'How many orders does your bot send at the same moment?',
  options: [
    { value: 'many', label: 'Several at once (grid, batch, parallel threads)', ranks: ['own-concurrency', 'system-overload'] },
    { value: 'one', label: 'One at a time', ranks: ['system-overload', 'own-concurrency'] },
  ],
};
