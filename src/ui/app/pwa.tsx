import { useEffect, useState, useSyncExternalStore } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

const HOUR = 60 * 60 * 1000;

function subscribeOnline(cb: () => void): () => void {
  window.addEventListener('online', cb);
  window.addEventListener('offline', cb);
  return () => {
    window.removeEventListener('online', cb);
    window.removeEventListener('offline', cb);
  };
}

/** Offline indicator, "ready to work offline", and "a new version is ready — reload" with the user's consent. */
export function PwaStatus() {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | null>(null);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ onRegisteredSW: (_url, r) => setRegistration(r ?? null) });

  useEffect(() => {
    if (registration == null) return undefined;
    // A periodic check; the new version waits until the user chooses to reload.
    const t = setInterval(() => {
      if (navigator.onLine) void registration.update().catch(() => undefined);
    }, HOUR);
    return () => clearInterval(t);
  }, [registration]);

  return (
    <div className="pwa-status">
      {!online && (
        <p role="status" className="offline">
          Offline — everything here still works: decoding, diagnosis and the catalogue are on this device.
        </p>
      )}
      {offlineReady && (
        <p role="status">
          Ready to work offline.{' '}
          <button type="button" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </p>
      )}
      {needRefresh && (
        <p role="status" className="notice">
          A new version is ready. Your paste and answers are kept.{' '}
          <button type="button" onClick={() => void updateServiceWorker(true)}>
            Reload now
          </button>{' '}
          <button type="button" onClick={() => setNeedRefresh(false)}>
            Later
          </button>
        </p>
      )}
    </div>
  );
}
