/** Cause shared by several errors: your code or library calls an endpoint version Binance has retired */
import { callCurrentEndpointVersionFix } from '../fixes/call-current-endpoint-version';
import type { Cause } from '../types';

export const libraryCallsRetiredEndpointCause: Cause = {
  id: 'library-calls-retired-endpoint',
  title: 'Your code or library calls an endpoint version Binance has retired',
  why: 'Binance switches old endpoint versions off after announcing their successors; code and library releases written before keep calling the old path, and every such call fails the same way. In 2023 the USD-M v1 account, balance and positionRisk endpoints were retired this way in favour of v2 (since followed by v3), and several libraries kept calling v1 until a new release.',
  fixes: [callCurrentEndpointVersionFix],
};
