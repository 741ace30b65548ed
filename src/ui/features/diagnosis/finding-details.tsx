import type { Diagnosis, Finding } from '../../../core/index';
import { SOURCE_NAMES, VERDICT_LABELS, findingTitle } from '../../lib/labels';

/** The head of a diagnosis: the finding's title and product, what it means, and the retry verdict. */
export function DiagnosisHeader({ finding, diagnosis: d }: { finding: Finding; diagnosis: Diagnosis }) {
  return (
    <>
      {/* NOTE: the heading takes focus when the user chooses a finding (tabIndex -1: not a Tab stop). */}
      <h3 tabIndex={-1}>
        {findingTitle(finding)}
        {finding.product != null && <span className="meta"> — {SOURCE_NAMES[finding.product] ?? finding.product}</span>}
      </h3>
      <p className="meaning">{d.meaning}</p>
      <p className={`verdict verdict-${d.retry.verdict}`}>
        <strong>{VERDICT_LABELS[d.retry.verdict]}.</strong> {d.retry.advice}
        {d.retry.waitSeconds !== undefined && ` Wait at least ${d.retry.waitSeconds} s.`}
      </p>
    </>
  );
}

/** What the paste itself says: facts read from it, and its own wording when it differs from the catalogue's. */
export function FromThePaste({ finding, diagnosis: d }: { finding: Finding; diagnosis: Diagnosis }) {
  return (
    <>
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
    </>
  );
}

/** The other catalogue entries this finding could be, best first; nothing when all candidates are the same entry. */
export function Candidates({ finding }: { finding: Finding }) {
  if (!(finding.candidates.length > 1 && new Set(finding.candidates.map((c) => `${c.code}${c.name ?? ''}`)).size > 1)) return null;
  return (
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
  );
}

/** For a code no catalogue has: its family by number and the nearest catalogue messages; nothing for a known code. */
export function UnknownCode({ finding }: { finding: Finding }) {
  if (finding.known) return null;
  return (
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
  );
}
