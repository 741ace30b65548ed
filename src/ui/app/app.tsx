import { startTransition, useCallback, useState } from 'react';
import { FindingsSummary } from '../features/findings/findings-summary';
import { PastePanel } from '../features/paste/paste-panel';
import { KeepNote } from '../features/privacy/keep-note';
import { CatalogueView } from './catalogue-view';
import { DecodeStatus } from './decode-status';
import { DiagnosisActions } from './diagnosis-actions';
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

/** Moves focus to the findings' heading and brings it into view (the summary link under the paste box). */
function jumpToFindings(): void {
  const heading = document.getElementById('findings-title');
  heading?.focus({ preventScroll: true });
  heading?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

/**
 * The page: paste → findings → diagnosis, with the catalogue one click away. On a wide screen the input and
 * findings sit beside the diagnosis; on a phone they stack, and the summary and a chosen finding take the
 * reader (and focus) where to look next.
 */
export function App() {
  const hash = useHash();
  const [problem, setProblem] = useState<string | null>(initial.problem);
  const [sharedNote, setSharedNote] = useState(initial.shared);
  const [state, setState] = useSavedState(initial.state ?? freshState(''), setProblem);
  const { history, remember, clear } = useHistory();
  const [markdown, setMarkdown] = useState<string | null>(null);
  const [pasteKey, setPasteKey] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);
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
  const onSelect = (id: string) => {
    setState((s) => withSelected(s, id));
    setFocusRequest((n) => n + 1);
  };

  if (hash.startsWith('#/catalogue')) {
    return (
      <Shell>
        <CatalogueView hash={hash} />
      </Shell>
    );
  }

  const hasText = state.text.trim() !== '';
  return (
    <Shell>
      <Notices problem={problem} onDismissProblem={() => setProblem(null)} shared={sharedNote} onDismissShared={() => setSharedNote(false)} />
      <div className="workspace">
        <div className="input-area">
          <PastePanel
            key={pasteKey}
            initialText={state.text}
            onText={onText}
            onClear={clear}
            summary={<FindingsSummary decoding={hasText && result === undefined} findings={hasText && result !== undefined ? findings : null} onJump={jumpToFindings} />}
          />
          <DecodeStatus
            progress={analysis.progress}
            large={state.text.length > 200_000}
            onCancel={analysis.cancel}
            failure={analysis.failure}
            cancelled={analysis.cancelled && result === undefined}
            onDecodeAgain={analysis.decodeAgain}
          />
        </div>
        <FindingsSection text={state.text} result={result} findings={findings} selected={selected?.id ?? null} onSelect={onSelect} />
        <DiagnosisSection
          selected={selected}
          decoded={decoded}
          pasteProduct={result?.evidence.product ?? null}
          answers={state.answers}
          onAnswers={(id, a) => setState((s) => withAnswers(s, id, a))}
          onProduct={(id, p) => setState((s) => withProduct(s, id, p))}
          focusRequest={focusRequest}
          actions={
            selected !== undefined &&
            result !== undefined && (
              <DiagnosisActions
                text={state.text}
                lines={lines}
                selected={selected.id}
                answers={state.answers[selected.id] ?? NO_ANSWERS}
                product={state.products[selected.id] ?? null}
                summary={summary}
                result={result}
                findings={findings}
                allAnswers={state.answers}
                markdown={markdown}
                onMarkdown={setMarkdown}
              />
            )
          }
        />
        {result !== undefined && findings.length > 0 && <SourceSection text={state.text} findings={findings} selected={selected?.id ?? null} onSelect={onSelect} />}
        <HistorySection
          history={history}
          onOpen={(text) => {
            onText(text);
            setPasteKey((k) => k + 1);
          }}
          onClear={clear}
        />
        <KeepNote
          onKeepNothing={clear}
          onForget={() => {
            clear();
            setMarkdown(null);
            setState(freshState(''));
            setPasteKey((k) => k + 1);
          }}
        />
      </div>
    </Shell>
  );
}
