/** Tree of questions shared by several errors. */
import { batchQuestion } from '../questions/batch';
import { kindQuestion } from '../questions/kind';
import { retryQuestion } from '../questions/retry';
import type { Tree } from '../types';

export const kindTree: Tree = { start: 'kind', questions: [kindQuestion, batchQuestion, retryQuestion] };
