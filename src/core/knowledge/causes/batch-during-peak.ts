/** Cause shared by several errors: Batch orders sent during a busy moment */
import { sendSingleOrdersEachOwnFix } from '../fixes/send-single-orders-each-own';
import type { Cause } from '../types';

export const batchDuringPeakCause: Cause = {
  id: 'batch-during-peak',
  title: 'Batch orders sent during a busy moment',
  why: 'A batch makes the backend do several orders in one request; at peaks it is more likely to time out, and each element may or may not have gone through.',
  fixes: [sendSingleOrdersEachOwnFix],
};
