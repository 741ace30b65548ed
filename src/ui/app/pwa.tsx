import { useEffect, useState, useSyncExternalStore } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

const HOUR = 60 * 60 * 1000;
const UPDATED_KEY = 'fed:v1:updated';

/** Reads and clears the mark left by "Reload now", so the new version can say the work was kept. */
function takeUpdatedMark(): boolean {
  try {
    const v = sessionStorage.getItem(UPDATED_KEY);
    sessionStorage.removeItem(UPDATED_KEY);
    return v != null;
  } catch {
    return false;
  }
}

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
  const [updated, setUpdated] = useState(takeUpdatedMark);
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
      {updated && (
        <p role="status" className="notice">
          Futures Error Doctor was updated. Your paste, the chosen finding and your answers were kept.{' '}
          <button type="button" onClick={() => setUpdated(false)}>
            OK
          </button>
        </p>
      )}
      {needRefresh && (
        <p role="status" className="notice">
          A new version is ready. Your paste and answers are kept.{' '}
          <button
            type="button"
            onClick={() => {
              try {
                sessionStorage.setItem(UPDATED_KEY, '1');
              } catch {
                /* the update still happens, without the note */
              }
              // NOTE: the session is saved on pagehide, so the reload keeps the latest paste and answers.
              // A page the old worker never controlled (the first visit) gets no "controlling" event: reload it ourselves.
              const uncontrolled = navigator.serviceWorker.controller == null;
              void updateServiceWorker(true).then(() => {
                if (uncontrolled) window.setTimeout(() => window.location.reload(), 300);
              });
            }}
          >
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
