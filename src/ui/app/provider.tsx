import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { makeQueryClient } from '../lib/query-client';
import { useIdlePreload } from './use-idle-preload';

/** Providers for the whole app: one QueryClient per page load; what a paste needs is preloaded in idle time. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient);
  useIdlePreload(client);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
