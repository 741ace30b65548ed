import type { HistoryItem } from '../lib/storage';

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * "2026-03-01 09:00", local time. NOTE: not toLocaleString: the first call sets up ICU for some 60 ms on the
 * main thread, and this list appears with the first findings.
 */
function when(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

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
            <span className="meta">{when(h.at)}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClear}>
        Clear history
      </button>
    </section>
  );
}
