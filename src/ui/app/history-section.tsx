import type { HistoryItem } from '../lib/storage';

/** "Recent diagnoses": the last pastes that found errors, each reopened with one click, and Clear history; nothing when there are none. */
export function HistorySection({ history, onOpen, onClear }: { history: HistoryItem[]; onOpen: (text: string) => void; onClear: () => void }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">Recent diagnoses</h2>
      <ul>
        {history.slice(0, 8).map((h) => (
          <li key={h.at}>
            <button type="button" onClick={() => onOpen(h.text)}>
              {h.title}
            </button>{' '}
            <span className="meta">{new Date(h.at).toLocaleString('en')}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClear}>
        Clear history
      </button>
    </section>
  );
}
