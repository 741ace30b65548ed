import { useState } from 'react';
import type { Diagnosis, Fix, SnippetLibrary } from '../../../core/index';
import { Snippets } from './snippets';

/** One fix: its steps, how to confirm it, and code for the page's client library. */
function FixView({ fix, library }: { fix: Fix; library: SnippetLibrary }) {
  return (
    <div className="fix">
      <p>
        <strong>Fix: {fix.title}</strong>
      </p>
      <ol>
        {fix.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {fix.confirm !== undefined && (
        <p className="confirm">
          Check with{' '}
          <code>
            {fix.confirm.method} {fix.confirm.path}
          </code>
          : {fix.confirm.look}
        </p>
      )}
      {fix.snippets !== undefined && fix.snippets.length > 0 && <Snippets snippets={fix.snippets} library={library} />}
    </div>
  );
}

/** The heading of the causes: ranked by the walk, ranked by the answers so far, or not ranked yet. */
function causesHeading(d: Diagnosis): string {
  if (d.ranked) return 'Likely causes, most likely first';
  if (d.next == null) return 'Likely causes';
  return d.path.length > 0 ? 'Likely causes so far, most likely first (answer the question above to narrow them)' : 'Possible causes (answer the question above to rank them)';
}

/** "Likely causes": numbered, re-ranked after every answer (and said so), each with its fixes. */
export function Causes({ diagnosis: d, library }: { diagnosis: Diagnosis; library: SnippetLibrary }) {
  const order = d.causes.map((c) => c.id).join(' ');
  const [shown, setShown] = useState(order);
  const [note, setNote] = useState('');
  if (shown !== order) {
    // NOTE: adjusting state while rendering (React's pattern for "the props changed"): the new order is announced once.
    const first = d.causes[0];
    setShown(order);
    setNote(first === undefined ? '' : `Re-ranked: “${first.title}” is ${shown.split(' ')[0] === first.id ? 'still' : 'now'} first.`);
  }
  return (
    <section aria-label="Likely causes">
      <h4>{causesHeading(d)}</h4>
      <p role="status" className="hint rerank">
        {note}
      </p>
      <ol className="causes">
        {d.causes.map((c) => (
          <li key={c.id} className={d.ruledOut.includes(c.id) ? 'ruled-out' : undefined}>
            <h5>
              {c.title}
              {d.ruledOut.includes(c.id) && <span className="ruled-out-mark"> — ruled out by the answers above</span>}
            </h5>
            <p>{c.why}</p>
            {c.fixes.map((fix) => (
              <FixView key={fix.title} fix={fix} library={library} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
