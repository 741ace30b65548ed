import type { DecodeResult, Finding, Product } from '../../core/index';
import { DiagnosisPanel } from '../features/diagnosis/diagnosis-panel';

/** The "Diagnosis" region: the diagnosis of the chosen finding, or a prompt to choose one. */
export function DiagnosisSection({
  selected,
  decoded,
  pasteProduct,
  answers,
  onAnswers,
  onProduct,
}: {
  /** The chosen finding as shown (read with the user's product choice). */
  selected: Finding | undefined;
  /** The decode as it ranked the findings (before the user's product choices). */
  decoded: DecodeResult | undefined;
  /** The product the paste as a whole points to, if it does. */
  pasteProduct: Product | null;
  /** The user's answers, by finding id. */
  answers: Record<string, Record<string, string>>;
  onAnswers: (id: string, answers: Record<string, string>) => void;
  onProduct: (id: string, product: Product | null) => void;
}) {
  return (
    <section aria-labelledby="diagnosis-title" className="diagnosis-region">
      <h2 id="diagnosis-title">Diagnosis</h2>
      {selected === undefined ? (
        <p>Choose a finding to see what it means and what to do.</p>
      ) : (
        <DiagnosisPanel
          key={`${selected.id}:${selected.product ?? ''}`}
          finding={selected}
          decoded={decoded?.findings.find((f) => f.id === selected.id) ?? selected}
          pasteProduct={selected.evidence.product ?? pasteProduct}
          answers={answers[selected.id] ?? {}}
          onAnswers={(a) => onAnswers(selected.id, a)}
          onProduct={(p) => onProduct(selected.id, p)}
        />
      )}
    </section>
  );
}
