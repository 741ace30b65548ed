import { useState } from 'react';
import type { DecodeResult, Finding, Product } from '../../../core/index';
// NOTE: the share codec itself, not core/index: this button is in the page's first chunk, the decoder is not.
import { buildShareLink } from '../../../core/share/share-link';
import { afterCore } from '../../../worker/decode-client';

/** What the report covers: the paste, its findings as shown, the user's answers and choices, and what the share link carries. */
export interface CopyMarkdownProps {
  text: string;
  result: DecodeResult;
  /** The findings as the page shows them (read with the user's product choices, most dangerous first). */
  findings: readonly Finding[];
  /** The user's answers, by finding id. */
  answers: Record<string, Record<string, string>>;
  /** The chosen finding, which the link opens to, and the product the user chose for it. */
  selected: string | null;
  product: Product | null;
  /** The lines of the findings and their catalogue lines, for the link (as the Share panel makes it). */
  lines: number[];
  summary: string;
  /** Gets the report once it is made, to show it. */
  onMarkdown: (md: string) => void;
}

/** Makes the report: the report module and the knowledge load with the core (both are preloaded in idle time). */
async function makeReport(p: CopyMarkdownProps): Promise<string> {
  const [{ markdownReport }, { KNOWLEDGE }] = await Promise.all([afterCore(() => import('./markdown')), afterCore(() => import('../../../core/knowledge/registry'))]);
  let link: string | null = null;
  try {
    const built = buildShareLink(p.text, p.lines, p.selected, p.selected == null ? {} : (p.answers[p.selected] ?? {}), p.text.length > 200_000 ? 'excerpt' : 'full', p.summary, p.product);
    link = `${window.location.origin}${window.location.pathname}#${built.fragment}`;
  } catch {
    /* the report goes without a link */
  }
  return markdownReport({ text: p.text, result: p.result, findings: p.findings, answers: p.answers, knowledge: KNOWLEDGE, link });
}

/** "Copy as Markdown": a redacted report for a GitHub issue or a forum post, copied to the clipboard, with "Copied" said in a status line. */
export function CopyMarkdown(props: CopyMarkdownProps) {
  const [status, setStatus] = useState('');
  const { onMarkdown } = props;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setStatus('');
          makeReport(props).then(
            (md) => {
              onMarkdown(md);
              const copied = navigator.clipboard?.writeText(md) ?? Promise.reject(new Error('no clipboard'));
              copied.then(
                () => setStatus('Copied.'),
                () => setStatus('Could not copy: select the report below and copy it.'),
              );
            },
            () => setStatus('The report could not be made. Reload the page and try again.'),
          );
        }}
      >
        Copy as Markdown
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  );
}
