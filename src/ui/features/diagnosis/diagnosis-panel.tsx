import { useQuery } from '@tanstack/react-query';
import { diagnoseWith, readAs, type Finding, type Product } from '../../../core/index';
import { Causes } from './causes';
import { Candidates, DiagnosisHeader, FromThePaste, UnknownCode } from './finding-details';
import { knowledgeQuery } from './knowledge-query';
import { ProductPicker, ProductQuestion } from './product-picker';
import { Questions } from './questions';
import { CodeLibraryPicker, useCodeLibrary } from './snippets';

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
  const [library, setLibrary] = useCodeLibrary(finding.evidence.library);
  if (knowledge.isPending) return <p role="status">Loading the diagnosis…</p>;
  if (knowledge.isError) return <p role="alert">The diagnosis content could not be loaded. Reload the page to try again.</p>;

  // NOTE: left open by decode and not yet answered: the question comes first, and nothing that depends on the answer.
  // The same meaning everywhere: its meaning and verdict do not depend on it (read as "Not sure" would), the causes' endpoints and code do.
  if (finding.known && finding.product == null) {
    const read = finding.productBasis === 'same-everywhere' ? readAs(decoded, null).finding : null;
    const same = read == null || read.product == null ? null : diagnoseWith(read, read.evidence, { answers, knowledge: knowledge.data });
    return (
      <div className="diagnosis">
        {same != null ? <DiagnosisHeader finding={finding} diagnosis={same} /> : <h3 tabIndex={-1}>{finding.code} — its meaning depends on the API</h3>}
        <ProductQuestion decoded={decoded} onChange={onProduct} />
        {same == null && <Candidates finding={finding} />}
      </div>
    );
  }

  const d = diagnoseWith(finding, finding.evidence, { answers, knowledge: knowledge.data });
  const hasCode = d.causes.some((c) => c.fixes.some((f) => (f.snippets?.length ?? 0) > 0));
  return (
    <div className="diagnosis">
      <DiagnosisHeader finding={finding} diagnosis={d} />
      {finding.product != null && finding.product !== 'http' && (
        <ProductPicker decoded={decoded} current={finding.product} pasteProduct={pasteProduct} onChange={onProduct} />
      )}
      <FromThePaste finding={finding} diagnosis={d} />
      <Candidates finding={finding} />
      <UnknownCode finding={finding} />
      <Questions diagnosis={d} answers={answers} onAnswers={onAnswers} />
      {hasCode && <CodeLibraryPicker value={library} detected={finding.evidence.library} onChange={setLibrary} />}
      <Causes diagnosis={d} library={library} />
      {finding.known && finding.product !== 'http' && (
        <p>
          <a href={`#/catalogue?q=${encodeURIComponent(String(finding.code))}&p=${finding.product ?? 'all'}`}>See {finding.code} in the catalogue</a>
        </p>
      )}
    </div>
  );
}
