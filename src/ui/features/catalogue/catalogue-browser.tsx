import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { CATALOGUES, PRODUCTS, PRODUCT_NAMES, loadDetails } from '../../../core/catalogue/index';
import { searchCatalogue } from '../../../core/catalogue/search';
import type { Product } from '../../../core/types';
import { EntryCard } from './entry-card';
import { ListenKeyTable } from './listen-key-table';

export { EntryCard } from './entry-card';

const PAGE = 60;

/** Search the official catalogues by code, constant name or message words, filtered by product. */
export function CatalogueBrowser({ initialQuery = '', initialProduct = 'all' }: { initialQuery?: string; initialProduct?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [product, setProduct] = useState<Product | 'all'>((PRODUCTS as readonly string[]).includes(initialProduct) ? (initialProduct as Product) : 'all');
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchCatalogue(deferred, product), [deferred, product]);
  // NOTE: the pages' notes and table descriptions are a file of their own, fetched once the browser is open.
  const details = useQuery({ queryKey: ['catalogue-details'], queryFn: loadDetails, staleTime: Infinity });
  const searchId = useId();
  const productId = useId();

  return (
    <section aria-labelledby="catalogue-title" className="catalogue">
      <h2 id="catalogue-title">Error catalogue</h2>
      <div className="catalogue-controls">
        <div className="field">
          <label htmlFor={searchId}>Search the catalogue</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder="-4164, MIN_NOTIONAL or words of a message"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setQuery(e.target.value);
              setShown(PAGE);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={productId}>Product</label>
          <select id={productId} value={product} onChange={(e) => setProduct(e.target.value as Product | 'all')}>
            <option value="all">All products</option>
            {PRODUCTS.map((p) => (
              <option key={p} value={p}>
                {`${PRODUCT_NAMES[p]} (${CATALOGUES[p].entries.length})`}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="result-count">
        {hits.length === 0 ? 'No entry matches.' : `${hits.length} ${hits.length === 1 ? 'entry' : 'entries'}`}
      </p>
      <ul className="entries" aria-label="Catalogue entries">
        {hits.slice(0, shown).map((h) => (
          <li key={`${h.entry.product}:${h.entry.code}`}>
            <EntryCard entry={h.entry} details={details.data} />
          </li>
        ))}
      </ul>
      {product === 'wsapi' && <ListenKeyTable />}
      {hits.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show more ({hits.length - shown} left)
        </button>
      )}
    </section>
  );
}
