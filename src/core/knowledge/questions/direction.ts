/** Question shared by several errors: Was the throttled order opening or adding to a position, or reducing/closing one? */
import { reducesExposure } from '../rules/reduces-exposure';
import type { Question } from '../types';

export const directionQuestion: Question = {
  id: 'direction',
  text: 'Was the throttled order opening or adding to a position, or reducing/closing one?',
  options: [
    { value: 'opening', label: 'Opening or adding', next: 'burst' },
    {
      value: 'reducing',
      label: 'Reducing or closing (even if not marked reduce-only)',
      ranks: ['not-flagged-reduce-only', 'system-overload', 'own-concurrency'],
    },
  ],
  auto: reducesExposure,
};
