import type { Finding } from '../../../core/index';
import { needsActionNow } from './order';

/**
 * The result in one line right under the paste box ("3 errors · 1 needs action now"), a link that takes
 * the reader (and focus) to the findings; on a wide screen the findings are in view and it is hidden.
 */
export function FindingsSummary({ decoding, findings, onJump }: { decoding: boolean; findings: readonly Finding[] | null; onJump: () => void }) {
  // NOTE: the line keeps its height when empty, so a result appearing does not move the page.
  if (findings == null) return <p className="summary">{decoding ? 'Decoding…' : ''}</p>;
  if (findings.length === 0) return <p className="summary">No Binance error found.</p>;
  const urgent = needsActionNow(findings);
  return (
    <p className="summary">
      <a
        href="#findings-title"
        onClick={(e) => {
          e.preventDefault();
          onJump();
        }}
      >
        {findings.length} error{findings.length === 1 ? '' : 's'}
        {urgent > 0 && ` · ${urgent} need${urgent === 1 ? 's' : ''} action now`}
      </a>
    </p>
  );
}
