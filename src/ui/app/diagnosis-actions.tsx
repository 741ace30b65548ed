import type { DecodeResult, Finding, Product } from '../../core/index';
import { CopyMarkdown } from '../features/report/copy-markdown';
import { SharePanel } from '../features/share/share-panel';

/** The top of the diagnosis: Share link and Copy as Markdown side by side, what the link carries, and the report once copied. */
export function DiagnosisActions({
  text,
  lines,
  selected,
  answers,
  product,
  summary,
  result,
  findings,
  allAnswers,
  markdown,
  onMarkdown,
}: {
  text: string;
  /** The lines of the findings, for a link that carries only the lines around them. */
  lines: number[];
  selected: string;
  answers: Record<string, string>;
  product: Product | null;
  /** The findings' catalogue lines, for a link without the paste. */
  summary: string;
  result: DecodeResult;
  /** The findings as shown, and the answers to every finding: the Markdown report covers them all. */
  findings: readonly Finding[];
  allAnswers: Record<string, Record<string, string>>;
  /** The Markdown report last copied, shown below the buttons. */
  markdown: string | null;
  onMarkdown: (md: string) => void;
}) {
  const copyMarkdown = (
    <CopyMarkdown
      text={text}
      result={result}
      findings={findings}
      answers={allAnswers}
      selected={selected}
      product={product}
      lines={lines}
      summary={summary}
      onMarkdown={onMarkdown}
    />
  );
  return (
    <div className="diagnosis-actions">
      <SharePanel text={text} lines={lines} selected={selected} answers={answers} product={product} summary={summary} actions={copyMarkdown} />
      {markdown != null && (
        <label className="field">
          Markdown report (redacted)
          <textarea readOnly value={markdown} rows={8} />
        </label>
      )}
    </div>
  );
}
