import { queryOptions } from '@tanstack/react-query';
import { afterCore } from '../../../worker/decode-client';

/** The authored knowledge, loaded lazily as its own chunk (after the core it reaches); works offline from the precache. */
export const knowledgeQuery = queryOptions({
  queryKey: ['knowledge'],
  queryFn: () => afterCore(() => import('../../../core/knowledge/registry')).then((m) => m.KNOWLEDGE),
  networkMode: 'offlineFirst',
  staleTime: Infinity,
});
