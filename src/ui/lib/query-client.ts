import { QueryClient } from '@tanstack/react-query';

/** The app's QueryClient defaults: all work is local, so nothing waits for the network. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, gcTime: 5 * 60_000, retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
