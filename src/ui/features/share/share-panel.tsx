import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { Product } from '../../../core/index';
// NOTE: the share codec itself, not core/index: this panel is in the page's first chunk, the decoder is not.
import { buildShareLink, SOFT_BUDGET, type BuiltLink, type SharePayload } from '../../../core/share/share-link';
import { SOURCE_NAMES, formatCount } from '../../lib/labels';

interface Inputs {
  text: string;
  lines: number[];
  selected: string | null;
  answers: Record<string, string>;
  scope: SharePayload['scope'];
  summary: string;
  product: Product | null;
}

const build = (i: Inputs): BuiltLink => buildShareLink(i.text, i.lines, i.selected, i.answers, i.scope, i.summary, i.product);

/**
 * Share a diagnosis as a link whose state lives only in the #fragment: the Share link button first (with
 * `actions` beside it), then exactly what the link carries (redacted), on screen before anything is copied.
 */
export function SharePanel({
  text,
  lines,
  selected,
  answers,
  product,
  summary,
  actions,
}: {
  text: string;
  lines: number[];
  selected: string | null;
  answers: Record<string, string>;
  product: Product | null;
  summary: string;
  /** More buttons for the same toolbar (Copy as Markdown). */
  actions?: ReactNode;
}) {
  const [scope, setScope] = useState<SharePayload['scope']>(text.length > 200_000 ? 'excerpt' : 'full');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  // NOTE: redacting and compressing takes tens of milliseconds on a large paste, so the link is built in
  // its own task after the findings have painted, and for a large paste only when asked for (the preview
  // opened, or Share link pressed). A link built for other inputs is never shown as the current one.
  const inputs = useMemo<Inputs>(() => ({ text, lines, selected, answers, scope, summary, product }), [text, lines, selected, answers, scope, summary, product]);
  const [made, setMade] = useState<{ for: Inputs; link: BuiltLink } | null>(null);
  const eager = text.length < 200_000;
  // The preview is open from the start (for a large paste, once asked for or shared), so what the link
  // carries is on screen before anything is copied.
  const [open, setOpen] = useState(eager);
  useEffect(() => {
    if (!eager && !open) return undefined;
    const t = setTimeout(() => setMade({ for: inputs, link: build(inputs) }), 0);
    return () => clearTimeout(t);
  }, [inputs, eager, open]);
  const built = made?.for === inputs ? made.link : null;
  const urlOf = (b: BuiltLink): string => `${window.location.origin}${window.location.pathname}#${b.fragment}`;
  const scopeId = useId();

  const share = (): void => {
    // Built afresh, so the link always matches the current choices even before the preview caught up.
    const fresh = build(inputs);
    setMade({ for: inputs, link: fresh });
    setOpen(true);
    const url = urlOf(fresh);
    setLink(url);
    navigator.clipboard?.writeText(url).then(
      () => setCopied('Link copied.'),
      () => setCopied('Copy the link from the box below.'),
    );
  };

  return (
    <section aria-label="Share" className="share">
      <div className="toolbar">
        <button type="button" onClick={share}>
          Share link
        </button>
        {actions}
        {copied != null && <span role="status">{copied}</span>}
      </div>
      {link != null && (
        <label className="field">
          Share link
          <input type="text" readOnly value={link} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {built?.note != null && (
        <p role="status" className="notice">
          {built.note}
        </p>
      )}
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Preview exactly what the link will carry
          {built != null && ` (${formatCount(urlOf(built).length)} characters${urlOf(built).length > SOFT_BUDGET ? ', long for some chats' : ''})`}
        </summary>
        <p className="share-scope">
          <label htmlFor={scopeId}>What the link carries</label>{' '}
          <select id={scopeId} value={scope} onChange={(e) => setScope(e.target.value as SharePayload['scope'])}>
            <option value="full">The whole paste (redacted)</option>
            <option value="excerpt">Only the lines around the errors</option>
            <option value="none">The diagnosis without the paste</option>
          </select>
        </p>
        {built == null ? (
          <p className="hint">Preparing the link…</p>
        ) : (
          <>
            <p className="hint">
              Keys, secrets, signatures, listen keys, tokens, emails, IP addresses and account ids are replaced. The finding: {built.payload.selected ?? 'none chosen'}
              {built.payload.product != null && ` read as ${SOURCE_NAMES[built.payload.product] ?? built.payload.product}`}; answers given: {Object.keys(built.payload.answers).length}.
            </p>
            <pre className="share-preview" tabIndex={0} aria-label="Text the link carries">
              {built.payload.scope === 'none' ? `(no paste — only the catalogue lines of the findings)\n${built.payload.text}` : built.payload.text}
            </pre>
          </>
        )}
      </details>
    </section>
  );
}
