import type { DecodeResult, Finding } from '../../core/index';
import { FindingsList } from '../features/findings/findings-list';
import { SourceView } from '../features/findings/source-view';
import { SOURCE_NAMES, formatCount } from '../lib/labels';

/** The "Findings" region: a prompt, the decoding status, "none found", or the findings, most dangerous first. Its heading takes focus from the summary link. */
export function FindingsSection({
  text,
  result,
  findings,
  selected,
  onSelect,
}: {
  text: string;
  result: DecodeResult | undefined;
  /** The findings of `result`, read with the user's product choices, most dangerous first. */
  findings: Finding[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <section aria-labelledby="findings-title" className="findings-region">
      <h2 id="findings-title" tabIndex={-1}>
        Findings
      </h2>
      {text.trim() === '' ? (
        <p>Paste an error above, open a log file, or try an example.</p>
      ) : result === undefined ? (
        <p role="status">Decoding…</p>
      ) : findings.length === 0 ? (
        <p role="status">No Binance error found in {formatCount(result.stats.lines)} line(s). If you expected one, paste the full response body or the lines around it.</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {findings.length} error{findings.length === 1 ? '' : 's'} in {formatCount(result.stats.lines)} line(s), most urgent first
            {result.evidence.product != null && ` · the paste points to ${SOURCE_NAMES[result.evidence.product] ?? result.evidence.product}`}
            {result.evidence.library != null && ` · library: ${result.evidence.library}`}
          </p>
          <FindingsList findings={findings} selected={selected} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}

/** The "Your paste" region: the pasted text with the lines of the findings marked. */
export function SourceSection({ text, findings, selected, onSelect }: { text: string; findings: Finding[]; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <section aria-labelledby="source-title" className="source-region">
      <h2 id="source-title">Your paste</h2>
      <SourceView text={text} findings={findings} selected={selected} onSelect={onSelect} />
    </section>
  );
}
