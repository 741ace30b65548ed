import type { DecodeResult, Finding } from '../../core/index';
import { FindingsList } from '../features/findings/findings-list';
import { SourceView } from '../features/findings/source-view';
import { markdownReport } from '../features/report/markdown';
import { SOURCE_NAMES, formatCount } from '../lib/labels';

/** The "Findings" region: a prompt, the decoding status, "none found", or the list of findings with the Markdown export. */
export function FindingsSection({
  text,
  result,
  findings,
  selected,
  onSelect,
  markdown,
  onMarkdown,
}: {
  text: string;
  result: DecodeResult | undefined;
  /** The findings of `result`, read with the user's product choices. */
  findings: Finding[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** The Markdown report last copied, shown below the list. */
  markdown: string | null;
  onMarkdown: (md: string) => void;
}) {
  return (
    <section aria-labelledby="findings-title" className="findings-region">
      <h2 id="findings-title">Findings</h2>
      {text.trim() === '' ? (
        <p>Paste an error above, open a log file, or try an example.</p>
      ) : result === undefined ? (
        <p role="status">Decoding…</p>
      ) : findings.length === 0 ? (
        <p role="status">No Binance error found in {formatCount(result.stats.lines)} line(s). If you expected one, paste the full response body or the lines around it.</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {findings.length} error{findings.length === 1 ? '' : 's'} in {formatCount(result.stats.lines)} line(s)
            {result.evidence.product != null && ` · the paste points to ${SOURCE_NAMES[result.evidence.product] ?? result.evidence.product}`}
            {result.evidence.library != null && ` · library: ${result.evidence.library}`}
          </p>
          <FindingsList findings={findings} selected={selected} onSelect={onSelect} />
          <div className="toolbar">
            <button
              type="button"
              onClick={() => {
                const md = markdownReport(result);
                onMarkdown(md);
                void navigator.clipboard?.writeText(md).catch(() => undefined);
              }}
            >
              Copy as Markdown
            </button>
          </div>
          {markdown != null && (
            <label className="field">
              Markdown report (redacted)
              <textarea readOnly value={markdown} rows={8} />
            </label>
          )}
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
