/** Question shared by several errors: Was it a batch (POST /fapi/v1/batchOrders) or a single order? */
import { batchOrSingle } from '../rules/batch-or-single';
import type { Question } from '../types';

export const batchQuestion: Question = {
  id: 'batch',
  text: 'Was it a batch (POST /fapi/v1/batchOrders) or a single order?',
  options: [
    { value: 'batch', label: 'A batch of orders', ranks: ['batch-during-peak', 'backend-overloaded', 'auto-retry'] },
    { value: 'single', label: 'A single order or change', next: 'retry' },
  ],
  auto: batchOrSingle,
};
