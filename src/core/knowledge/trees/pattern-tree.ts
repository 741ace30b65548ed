/** Tree of questions shared by several errors. */
import { marketQuestion } from '../questions/market';
import { patternQuestion } from '../questions/pattern';
import type { Tree } from '../types';

export const patternTree: Tree = { start: 'pattern', questions: [patternQuestion, marketQuestion] };
