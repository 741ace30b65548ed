/** Question shared by several errors: Was the failing request a write (new order, cancel, modify, setting change) or a read? */
import { writeOrRead } from '../rules/write-or-read';
import type { Question } from '../types';

export const kindQuestion: Question = {
  id: 'kind',
  text: 'Was the failing request a write (new order, cancel, modify, setting change) or a read?',
  options: [
    { value: 'write', label: 'A write: it could change something', next: 'batch' },
    { value: 'read', label: 'A read (GET)', ranks: ['backend-overloaded'] },
  ],
  auto: writeOrRead,
};
