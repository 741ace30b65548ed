import { useQuery } from '@tanstack/react-query';
import { diagnoseWith, type Finding, type Library, type Product } from '../../../core/index';
import { SOURCE_NAMES, VERDICT_LABELS, findingTitle } from '../../lib/labels';
import { knowledgeQuery } from './knowledge-query';
import { ProductPicker } from './product-picker';
import { Snippets } from './snippets';

const SNIPPET_LIBS = new Set(['python-binance', 'ccxt-python', 'ccxt-js', 'connector-python', 'connector-js', 'curl']);

/** The diagnosis of one finding: meaning and verdict first, then one question at a time, then ranked causes with fixes. */
export function DiagnosisPanel({
  finding,
  decoded,
  pasteProduct,
  answers,
  onAnswers,
  onProduct,
}: {
  /** The finding as shown: decoded, or read as the product the user chose. */
  finding: Finding;
  /** The same finding as decode ranked it. */
  decoded: Finding;
  pasteProduct: Product | null;
  answers: Record<string, string>;
  onAnswers: (a: Record<string, string>) => void;
  onProduct: (p: Product | null) => void;
}) {
  const knowledge = useQuery(knowledgeQuery);
  if (knowledge.isPending) return <p role="status">Loading the diagnosis…</p>;
  if (knowledge.isError) return <p role="alert">The diagnosis content could not be loaded. Reload the page to try again.</p>;
  const d = diagnoseWith(finding, finding.evidence, { answers, knowledge: knowledge.data });
  const library: Library | null = finding.evidence.library;
  const snippetLib = library != null && SNIPPET_LIBS.has(library) ? library : null;
  const answeredIds = d.path.map((p) => p.question.id);

  return (
    <div className="diagnosis">
      <h3>
        {findingTitle(finding)}
        {finding.product != null && <span className="meta"> — {SOURCE_NAMES[finding.product] ?? finding.product}</span>}
      </h3>
      <p className="meaning">{d.meaning}</p>
      <p className={`verdict verdict-${d.retry.verdict}`}>
        <strong>{VERDICT_LABELS[d.retry.verdict]}.</strong> {d.retry.advice}
        {d.retry.waitSeconds !== undefined && ` Wait at least ${d.retry.waitSeconds} s.`}
      </p>
      {finding.product != null && finding.product !== 'http' && (
        <ProductPicker decoded={decoded} current={finding.product} pasteProduct={pasteProduct} onChange={onProduct} />
      )}
      {d.facts.length > 0 && (
        <ul className="facts" aria-label="From your paste">
          {d.facts.map((f) => (
            <li key={f.id}>{f.text}</li>
          ))}
        </ul>
      )}
      {finding.message != null && finding.catalogueMessage !== finding.message && (
        <p className="seen">
          Seen in your paste: <q>{finding.message.slice(0, 300)}</q>
        </p>
      )}
      {finding.candidates.length > 1 && new Set(finding.candidates.map((c) => `${c.code}${c.name ?? ''}`)).size > 1 && (
        <details className="candidates" open={finding.confidence < 0.9}>
          <summary>Other things this could be ({finding.candidates.length - 1})</summary>
          <table>
            <caption className="visually-hidden">Candidates, best first</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Product</th>
                <th scope="col">Why it ranks here</th>
              </tr>
            </thead>
            <tbody>
              {finding.candidates.map((c) => (
                <tr key={`${c.source}:${c.code}:${c.message ?? ''}`}>
                  <td>
                    {c.code} {c.name}
                  </td>
                  <td>{SOURCE_NAMES[c.source] ?? c.source}</td>
                  <td>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {!finding.known && (
        <div className="unknown">
          <p>
            No Binance catalogue has code {finding.code}. Family by its number: {finding.family}.
          </p>
          {finding.nearest.length > 0 && (
            <ul aria-label="Nearest catalogue messages">
              {finding.nearest.map((n) => (
                <li key={`${n.source}:${n.code}`}>
                  {n.code} {n.name} ({SOURCE_NAMES[n.source]}): <q>{n.message}</q>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {(d.path.length > 0 || d.next != null) && (
        <section className="questions" aria-label="Questions">
          <h4>Narrow it down</h4>
          <ol>
            {d.path.map((p) => (
              <li key={p.question.id}>
                <span>{p.question.text}</span> <strong>{p.label}</strong>
                {p.by === 'paste' && <span className="auto"> — answered from your paste: {p.because}</span>}
                {p.pasteSaid !== undefined && <span className="auto"> — your paste suggested otherwise ({p.pasteSaid.because})</span>}{' '}
                <button
                  type="button"
                  onClick={() => {
                    const idx = answeredIds.indexOf(p.question.id);
                    const keep = Object.fromEntries(Object.entries(answers).filter(([k]) => answeredIds.indexOf(k) < idx && answeredIds.includes(k)));
                    const other = p.question.options.find((o) => o.value !== p.value);
                    onAnswers(other === undefined ? keep : { ...keep, [p.question.id]: other.value });
                  }}
                  aria-label={`Change the answer to: ${p.question.text}`}
                >
                  Change
                </button>
              </li>
            ))}
          </ol>
          {d.next != null && (
            <fieldset className="question">
              <legend>{d.next.text}</legend>
              {d.next.help !== undefined && <p className="hint">{d.next.help}</p>}
              {d.next.options.map((o) => (
                <button key={o.value} type="button" onClick={() => d.next != null && onAnswers({ ...answers, [d.next.id]: o.value })}>
                  {o.label}
                </button>
              ))}
            </fieldset>
          )}
          <div className="toolbar">
            <button
              type="button"
              disabled={Object.keys(answers).length === 0}
              onClick={() => {
                const last = [...d.path].reverse().find((p) => p.by === 'user');
                if (last === undefined) return;
                const rest = { ...answers };
                delete rest[last.question.id];
                onAnswers(rest);
              }}
            >
              Back
            </button>
            <button type="button" disabled={Object.keys(answers).length === 0} onClick={() => onAnswers({})}>
              Start over
            </button>
          </div>
        </section>
      )}

      <section aria-label="Likely causes">
        <h4>{d.ranked ? 'Likely causes, most likely first' : d.next != null ? 'Possible causes (answer the question above to rank them)' : 'Likely causes'}</h4>
        <ol className="causes">
          {d.causes.map((c) => (
            <li key={c.id}>
              <h5>{c.title}</h5>
              <p>{c.why}</p>
              {c.fixes.map((fix) => (
                <div key={fix.title} className="fix">
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
              ))}
            </li>
          ))}
        </ol>
      </section>
      {finding.known && finding.product !== 'http' && (
        <p>
          <a href={`#/catalogue?q=${encodeURIComponent(String(finding.code))}&p=${finding.product ?? 'all'}`}>See {finding.code} in the catalogue</a>
        </p>
      )}
    </div>
  );
}
