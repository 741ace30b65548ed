import { DERIVED, PRODUCT_NAMES, entryFor, familyTitle, otherMeanings, renumberedTwins } from '../../../core/catalogue/index';
import type { CatalogueDetails, CatalogueEntry } from '../../../core/catalogue/types';

const ORIGIN_LABELS: Record<CatalogueEntry['messages'][number]['origin'], string> = {
  page: 'page',
  'founding-page': 'older COIN-M page',
  'older-copy': 'older copy of the page',
  'zh-page-english': 'English line of the Chinese page',
  table: 'matching-engine or filter table',
  'rest-example': 'REST API example',
  changelog: 'change log',
  'endpoint-page': 'quoted on the endpoint page',
  heading: 'the page heading',
  unofficial: 'seen live, on no official page',
};

/** The hand-checked verdict on a code that several products use, as plain text. */
const verdictOf = (code: number): string | undefined => DERIVED.collisions.find((c) => c.code === code)?.verdict?.replace(/\*\*/g, '');

/** One catalogue entry: code, name, product, family, messages, and other products' meanings; the page's notes once loaded. */
export function EntryCard({ entry, details }: { entry: CatalogueEntry; details?: CatalogueDetails | undefined }) {
  const others = otherMeanings(entry);
  const twins = renumberedTwins(entry);
  const title = familyTitle(entry.product, entry.family);
  const notes = details?.notes[entry.product]?.[String(entry.code)] ?? [];
  const described = details?.descriptions[entry.product]?.[String(entry.code)] ?? {};
  const verdict = others.length > 0 ? verdictOf(entry.code) : undefined;
  return (
    <article className="entry" aria-label={`${entry.code} ${entry.name ?? entry.heading ?? ''} (${PRODUCT_NAMES[entry.product]})`}>
      <h3>
        <span className="code">{entry.code}</span> <span className="name">{entry.name ?? entry.heading ?? 'no constant name'}</span>
      </h3>
      <p className="meta">
        <span className={`product product-${entry.product}`}>{PRODUCT_NAMES[entry.product]}</span> · family {entry.family}
        {title !== undefined && ` — ${title}`}
      </p>
      {entry.unofficial === true && <p className="notice">Known, unofficial: seen in live responses, but on no official error page.</p>}
      {entry.messages.length > 0 ? (
        <ul className="messages" aria-label="Messages">
          {entry.messages.map((m) => (
            <li key={m.text}>
              <q>{m.text}</q>
              {m.origin !== 'page' && <span className="origin"> ({ORIGIN_LABELS[m.origin]})</span>}
              {described[m.text] !== undefined && <span className="origin"> — {described[m.text]}</span>}
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
          {verdict !== undefined && <span className="origin"> (checked by hand: {verdict})</span>}
        </p>
      )}
      {twins.length > 0 && (
        <p className="elsewhere">
          <strong>Same meaning, other number:</strong>{' '}
          {twins.map((t) => `${PRODUCT_NAMES[t.product]} ${t.code} ${entryFor(t.product, t.code)?.name ?? ''}`).join('; ')}
        </p>
      )}
      {notes.length > 0 && (
        <details>
          <summary>Notes on the page ({notes.length})</summary>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
