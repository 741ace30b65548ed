import { lazy, Suspense } from 'react';
import { afterCore } from '../../worker/decode-client';
import type { CatalogueBrowser as BrowserComponent } from '../features/catalogue/catalogue-browser';

/** What shows when the browser's chunk or the catalogues cannot be loaded (offline before they were ever cached). */
function Unavailable() {
  return <p role="alert">The catalogue could not be loaded. Reload the page to try again.</p>;
}

// NOTE: the catalogue browser reads the catalogues themselves, so it is a chunk of its own, loaded when opened.
const CatalogueBrowser = lazy<typeof BrowserComponent>(() =>
  afterCore(() => import('../features/catalogue/catalogue-browser')).then(
    (m) => ({ default: m.CatalogueBrowser }),
    () => ({ default: Unavailable }),
  ),
);

/** The catalogue view (`#/catalogue?q=…&p=…`), with a way back to the diagnosis. */
export function CatalogueView({ hash }: { hash: string }) {
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  return (
    <>
      <p>
        <a href="#/">← Back to your diagnosis</a>
      </p>
      <Suspense fallback={<p role="status">Loading the catalogue…</p>}>
        <CatalogueBrowser key={hash} initialQuery={params.get('q') ?? ''} initialProduct={params.get('p') ?? 'all'} />
      </Suspense>
    </>
  );
}
