/** Tree of questions shared by several errors. */
import { burstQuestion } from '../questions/burst';
import { directionQuestion } from '../questions/direction';
import type { Tree } from '../types';

export const directionTree: Tree = { start: 'direction', questions: [directionQuestion, burstQuestion] };
