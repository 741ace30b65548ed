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
    // NOTE: the prompt also follows the registration itself: an update found while workbox-window was
    // not listening (it was still registering, or another tab checked) would otherwise wait unseen.
    const check = (): void => {
      if (registration.waiting != null && registration.active != null) setNeedRefresh(true);
    };
    const onFound = (): void => {
      const sw = registration.installing;
      sw?.addEventListener('statechange', () => {
        if (sw.state === 'installed') check();
      });
    };
    registration.addEventListener('updatefound', onFound);
    check();
    // A periodic check; the new version waits until the user chooses to reload.
    const t = setInterval(() => {
      if (navigator.onLine) void registration.update().then(check, () => undefined);
    }, HOUR);
    return () => {
      clearInterval(t);
      registration.removeEventListener('updatefound', onFound);
    };
  }, [registration, setNeedRefresh]);

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
              // The new worker takes over, then the page reloads once. A page the old worker never
              // controlled (the first visit) sees no change of controller, so it reloads by itself.
              let reloaded = false;
              const reload = (): void => {
                if (reloaded) return;
                reloaded = true;
                window.location.reload();
              };
              const uncontrolled = navigator.serviceWorker.controller == null;
              navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
              void updateServiceWorker(true).then(() => {
                if (uncontrolled) window.setTimeout(reload, 300);
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
