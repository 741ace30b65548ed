import type { Diagnosis, Fix, Library } from '../../../core/index';
import { Snippets } from './snippets';

/** One fix: its steps, how to confirm it, and code for the user's library. */
function FixView({ fix, snippetLib }: { fix: Fix; snippetLib: Library | null }) {
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
      {fix.snippets !== undefined && fix.snippets.length > 0 && <Snippets snippets={fix.snippets} library={snippetLib} />}
    </div>
  );
}

/** "Likely causes": the causes, ranked once the questions are answered, each with its fixes. */
export function Causes({ diagnosis: d, snippetLib }: { diagnosis: Diagnosis; snippetLib: Library | null }) {
  return (
    <section aria-label="Likely causes">
      <h4>{d.ranked ? 'Likely causes, most likely first' : d.next != null ? 'Possible causes (answer the question above to rank them)' : 'Likely causes'}</h4>
      <ol className="causes">
        {d.causes.map((c) => (
          <li key={c.id}>
            <h5>{c.title}</h5>
            <p>{c.why}</p>
            {c.fixes.map((fix) => (
              <FixView key={fix.title} fix={fix} snippetLib={snippetLib} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
