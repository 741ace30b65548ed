import { useDeferredValue, useId, useMemo, useState } from 'react';
import { PRODUCTS, PRODUCT_NAMES, entryFor, familyTitle, otherMeanings, renumberedTwins } from '../../../core/catalogue/index';
import { searchCatalogue } from '../../../core/catalogue/search';
import type { CatalogueEntry } from '../../../core/catalogue/types';
import type { Product } from '../../../core/types';

const PAGE = 60;

/** Search the official catalogues by code, constant name or message words, filtered by product. */
export function CatalogueBrowser({ initialQuery = '', initialProduct = 'all' }: { initialQuery?: string; initialProduct?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [product, setProduct] = useState<Product | 'all'>((PRODUCTS as readonly string[]).includes(initialProduct) ? (initialProduct as Product) : 'all');
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchCatalogue(deferred, product), [deferred, product]);
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
                {PRODUCT_NAMES[p]}
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
            <EntryCard entry={h.entry} />
          </li>
        ))}
      </ul>
      {hits.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show more ({hits.length - shown} left)
        </button>
      )}
    </section>
  );
}

/** One catalogue entry: code, name, product, family, messages, and other products' meanings. */
export function EntryCard({ entry }: { entry: CatalogueEntry }) {
  const others = otherMeanings(entry);
  const twins = renumberedTwins(entry);
  const title = familyTitle(entry.product, entry.family);
  return (
    <article className="entry" aria-label={`${entry.code} ${entry.name ?? entry.heading ?? ''} (${PRODUCT_NAMES[entry.product]})`}>
      <h3>
        <span className="code">{entry.code}</span> <span className="name">{entry.name ?? entry.heading ?? 'no constant name'}</span>
      </h3>
      <p className="meta">
        <span className={`product product-${entry.product}`}>{PRODUCT_NAMES[entry.product]}</span> · family {entry.family}
        {title !== undefined && ` — ${title}`}
      </p>
      {entry.messages.length > 0 ? (
        <ul className="messages" aria-label="Messages">
          {entry.messages.map((m) => (
            <li key={m.text}>
              <q>{m.text}</q>
              {m.origin !== 'page' && <span className="origin"> ({ORIGIN_LABELS[m.origin]})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="messages-none">The page gives no message text for this code.</p>
      )}
      {entry.descriptions.length > 0 && <p className="description">{entry.descriptions.join(' ')}</p>}
      {others.length > 0 && (
        <p className="elsewhere">
          <strong>Means something else elsewhere:</strong>{' '}
          {others.map((o) => `${PRODUCT_NAMES[o.product]}: ${o.name ?? o.heading ?? 'unnamed'} — “${o.messages[0]?.text ?? ''}”`).join('; ')}
        </p>
      )}
      {twins.length > 0 && (
        <p className="elsewhere">
          <strong>Same meaning, other number:</strong>{' '}
          {twins.map((t) => `${PRODUCT_NAMES[t.product]} ${t.code} ${entryFor(t.product, t.code)?.name ?? ''}`).join('; ')}
        </p>
      )}
    </article>
  );
}

const ORIGIN_LABELS: Record<CatalogueEntry['messages'][number]['origin'], string> = {
  page: 'page',
  'founding-page': 'older COIN-M page',
  'older-copy': 'older copy of the page',
  'zh-page-english': 'English line of the Chinese page',
  table: 'matching-engine or filter table',
  'rest-example': 'REST API example',
  changelog: 'change log',
};
