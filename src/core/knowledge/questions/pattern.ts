/** Question shared by several errors: How often did you get it? */
import type { Question } from '../types';

export const patternQuestion: Question = {
  id: 'pattern',
  text: 'How often did you get it?',
  options: [
    { value: 'once', label: 'Once or twice', ranks: ['internal-disconnect', 'peak-load'] },
    { value: 'burst', label: 'Many times within a few minutes', next: 'market' },
  ],
};
