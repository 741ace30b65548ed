import { useId, useMemo, useState } from 'react';
import { buildShareLink, SOFT_BUDGET, type Product, type SharePayload } from '../../../core/index';
import { SOURCE_NAMES } from '../../lib/labels';

/**
 * Share a diagnosis as a link whose state lives only in the #fragment. The user sees exactly what the
 * link carries (redacted) before copying it.
 */
export function SharePanel({
  text,
  lines,
  selected,
  answers,
  product,
  summary,
}: {
  text: string;
  lines: number[];
  selected: string | null;
  answers: Record<string, string>;
  product: Product | null;
  summary: string;
}) {
  const [scope, setScope] = useState<SharePayload['scope']>(text.length > 200_000 ? 'excerpt' : 'full');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const built = useMemo(() => buildShareLink(text, lines, selected, answers, scope, summary, product), [text, lines, selected, answers, scope, summary, product]);
  const url = `${window.location.origin}${window.location.pathname}#${built.fragment}`;
  const name = useId();

  return (
    <section aria-labelledby="share-title" className="share">
      <h2 id="share-title">Share</h2>
      <fieldset>
        <legend>What the link carries</legend>
        {(['full', 'excerpt', 'none'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name={name} value={s} checked={scope === s} onChange={() => setScope(s)} />{' '}
            {s === 'full' ? 'The whole paste (redacted)' : s === 'excerpt' ? 'Only the lines around the errors' : 'The diagnosis without the paste'}
          </label>
        ))}
      </fieldset>
      {built.note != null && (
        <p role="status" className="notice">
          {built.note}
        </p>
      )}
      <details>
        <summary>Preview exactly what the link will carry ({url.length.toLocaleString('en')} characters{url.length > SOFT_BUDGET ? ', long for some chats' : ''})</summary>
        <p className="hint">
          Keys, secrets, signatures, listen keys, tokens, emails, IP addresses and account ids are replaced. The finding: {built.payload.selected ?? 'none chosen'}
          {built.payload.product != null && ` read as ${SOURCE_NAMES[built.payload.product] ?? built.payload.product}`}; answers given: {Object.keys(built.payload.answers).length}.
        </p>
        <pre className="share-preview" tabIndex={0} aria-label="Text the link carries">
          {built.payload.scope === 'none' ? `(no paste — only the catalogue lines of the findings)\n${built.payload.text}` : built.payload.text}
        </pre>
      </details>
      <div className="toolbar">
        <button
          type="button"
          onClick={() => {
            setLink(url);
            navigator.clipboard?.writeText(url).then(
              () => setCopied('Link copied.'),
              () => setCopied('Copy the link from the box below.'),
            );
          }}
        >
          Share link
        </button>
        {copied != null && <span role="status">{copied}</span>}
      </div>
      {link != null && (
        <label className="field">
          Share link
          <input type="text" readOnly value={link} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
