import { startTransition, useCallback, useState } from 'react';
import { SharePanel } from '../features/share/share-panel';
import { PastePanel } from '../features/paste/paste-panel';
import { CatalogueView } from './catalogue-view';
import { DecodeStatus } from './decode-status';
import { DiagnosisSection } from './diagnosis-section';
import { FindingsSection, SourceSection } from './findings-section';
import { HistorySection } from './history-section';
import { freshState, initialState } from './initial-state';
import { Notices } from './notices';
import { Shell } from './shell';
import { withAnswers, withProduct, withSelected } from './state-updates';
import { useAnalysis } from './use-analysis';
import { useFindings } from './use-findings';
import { useHash } from './use-hash';
import { useHistory } from './use-history';
import { useLaunchQueue } from './use-launch-queue';
import { useSavedState } from './use-saved-state';

const initial = initialState();
const NO_ANSWERS: Record<string, string> = {};

/** The page: paste → findings → diagnosis, with the catalogue one click away. */
export function App() {
  const hash = useHash();
  const [problem, setProblem] = useState<string | null>(initial.problem);
  const [sharedNote, setSharedNote] = useState(initial.shared);
  const [state, setState] = useSavedState(initial.state ?? freshState(''), setProblem);
  const { history, remember, clear } = useHistory();
  const [markdown, setMarkdown] = useState<string | null>(null);
  const [pasteKey, setPasteKey] = useState(0);
  const analysis = useAnalysis(state.text, remember);
  const { decoded, result, findings, selected, lines, summary } = useFindings(state, analysis.data);

  const openFile = useCallback(
    (text: string) => {
      setState(freshState(text));
      setPasteKey((k) => k + 1);
    },
    [setState],
  );
  useLaunchQueue(openFile);

  const { supersede } = analysis;
  const onText = useCallback(
    (text: string) => {
      supersede();
      setMarkdown(null);
      const apply = () => setState((s) => (s.text === text ? s : freshState(text)));
      // NOTE: a large paste re-renders the page in a transition, which React splits into short tasks.
      if (text.length > 200_000) startTransition(apply);
      else apply();
    },
    [supersede, setState],
  );
  const onSelect = (id: string) => setState((s) => withSelected(s, id));

  if (hash.startsWith('#/catalogue')) {
    return (
      <Shell>
        <CatalogueView hash={hash} />
      </Shell>
    );
  }

  return (
    <Shell>
      <Notices problem={problem} onDismissProblem={() => setProblem(null)} shared={sharedNote} onDismissShared={() => setSharedNote(false)} />
      <div className="layout">
        <div className="col">
          <PastePanel key={pasteKey} initialText={state.text} onText={onText} />
          <DecodeStatus
            progress={analysis.progress}
            large={state.text.length > 200_000}
            onCancel={analysis.cancel}
            failure={analysis.failure}
            cancelled={analysis.cancelled && result === undefined}
            onDecodeAgain={analysis.decodeAgain}
          />
          <FindingsSection text={state.text} result={result} findings={findings} selected={selected?.id ?? null} onSelect={onSelect} markdown={markdown} onMarkdown={setMarkdown} />
          {result !== undefined && findings.length > 0 && <SourceSection text={state.text} findings={findings} selected={selected?.id ?? null} onSelect={onSelect} />}
        </div>
        <div className="col">
          <DiagnosisSection
            selected={selected}
            decoded={decoded}
            pasteProduct={result?.evidence.product ?? null}
            answers={state.answers}
            onAnswers={(id, a) => setState((s) => withAnswers(s, id, a))}
            onProduct={(id, p) => setState((s) => withProduct(s, id, p))}
          />
          {selected !== undefined && (
            <SharePanel text={state.text} lines={lines} selected={selected.id} answers={state.answers[selected.id] ?? NO_ANSWERS} product={state.products[selected.id] ?? null} summary={summary} />
          )}
          <HistorySection
            history={history}
            onOpen={(text) => {
              onText(text);
              setPasteKey((k) => k + 1);
            }}
            onClear={clear}
          />
        </div>
      </div>
    </Shell>
  );
}
