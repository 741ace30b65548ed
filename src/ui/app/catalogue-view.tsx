import { CatalogueBrowser } from '../features/catalogue/catalogue-browser';

/** The catalogue view (`#/catalogue?q=…&p=…`), with a way back to the diagnosis. */
export function CatalogueView({ hash }: { hash: string }) {
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  return (
    <>
      <p>
        <a href="#/">← Back to your diagnosis</a>
      </p>
      <CatalogueBrowser key={hash} initialQuery={params.get('q') ?? ''} initialProduct={params.get('p') ?? 'all'} />
    </>
  );
}
