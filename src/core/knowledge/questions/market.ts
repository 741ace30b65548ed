/** Question shared by several errors: Was the market unusually busy, or is there a maintenance notice? */
import type { Question } from '../types';

export const marketQuestion: Question = {
  id: 'market',
  text: 'Was the market unusually busy, or is there a maintenance notice?',
  options: [
    { value: 'busy', label: 'The market was moving fast / very busy', ranks: ['peak-load', 'internal-disconnect'] },
    { value: 'maintenance', label: 'There is a maintenance or incident notice', ranks: ['maintenance', 'internal-disconnect'] },
    { value: 'neither', label: 'Neither, as far as I know', ranks: ['internal-disconnect', 'maintenance', 'peak-load'] },
  ],
};
