import type { Finding } from '../../../core/index';
import { MATCHED_LABELS, SOURCE_NAMES, VERDICT_LABELS, findingTitle } from '../../lib/labels';
import { seenText } from './order';

/** One item per error, most dangerous first: code and name, the retry verdict, how often and when it was seen, product and how it matched. */
export function FindingsList({ findings, selected, onSelect }: { findings: readonly Finding[]; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <ul className="findings">
      {findings.map((f) => (
        <li key={f.id} className={`finding${f.id === selected ? ' selected' : ''}`}>
          <button type="button" aria-pressed={f.id === selected} onClick={() => onSelect(f.id)}>
            <span className="finding-head">
              <span className="code">{findingTitle(f)}</span>
              <span className={`badge verdict-${f.retry}`}>{VERDICT_LABELS[f.retry]}</span>
            </span>
            <span className="seen">
              <strong>{f.occurrences.length === 1 ? 'once' : `${f.occurrences.length} times`}</strong> · {seenText(f)}
            </span>
            <span className="meta">
              {f.product == null ? (f.productBasis === 'same-everywhere' ? 'API not said (same meaning on each)' : 'product unknown') : (SOURCE_NAMES[f.product] ?? f.product)} · {MATCHED_LABELS[f.matchedBy]}, {Math.round(f.confidence * 100)} % sure
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
