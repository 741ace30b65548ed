// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './me-recvwindow-reject';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: '-5028' },
  { catalogue: 'coinm:-4188' },
]);
