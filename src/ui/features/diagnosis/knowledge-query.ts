import { queryOptions } from '@tanstack/react-query';

/** The authored knowledge, loaded lazily as its own chunk; works offline from the precache. */
export const knowledgeQuery = queryOptions({
  queryKey: ['knowledge'],
  queryFn: () => import('../../../core/knowledge/registry').then((m) => m.KNOWLEDGE),
  networkMode: 'offlineFirst',
  staleTime: Infinity,
});
