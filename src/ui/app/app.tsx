import { useQuery, useQueryClient } from '@tanstack/react-query';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { CATALOGUE_VERSION } from '../../core/catalogue/index';
import { analyse } from '../../worker/decode-client';
import { ShareLinkError, asProduct, decodeShareLink, type DecodeResult, type Product } from '../../core/index';
import { SharePanel } from '../features/share/share-panel';
import { PwaStatus } from './pwa';
import { CatalogueBrowser } from '../features/catalogue/catalogue-browser';
import { DiagnosisPanel } from '../features/diagnosis/diagnosis-panel';
import { FindingsList } from '../features/findings/findings-list';
import { SourceView } from '../features/findings/source-view';
import { PastePanel } from '../features/paste/paste-panel';
import { markdownReport } from '../features/report/markdown';
import { digest } from '../lib/digest';
import { SOURCE_NAMES, findingTitle, formatCount } from '../lib/labels';
import { clearHistory, loadHistory, loadState, pushHistory, saveState, type HistoryItem, type SavedState } from '../lib/storage';

function subscribeHash(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

/** Applies state in order: defaults, then localStorage, then a shared link in the fragment. */
function initialState(): { state: SavedState | null; problem: string | null; shared: boolean } {
  const saved = loadState();
  const query = new URLSearchParams(window.location.search);
  if (query.has('text') || query.has('title') || query.has('url')) {
    // Text shared into the installed app (share_target): take it, then clear it from the address bar.
    const text = ['title', 'text', 'url'].map((k) => query.get(k) ?? '').filter((t) => t !== '').join('\n');
    window.history.replaceState(null, '', window.location.pathname + window.location.hash);
    return { state: { text, selected: null, answers: {}, products: {} }, problem: null, shared: false };
  }
  const hash = window.location.hash;
  if (!hash.startsWith('#d=')) return { ...saved, shared: false };
  // NOTE: the fragment is read once and removed from the address bar; our code never sends or logs it.
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    const p = decodeShareLink(hash);
    const { selected } = p;
    return {
      state: { text: p.text, selected, answers: selected == null ? {} : { [selected]: p.answers }, products: selected == null || p.product == null ? {} : { [selected]: p.product } },
      problem: null,
      shared: true,
    };
  } catch (e) {
    return { state: saved.state, problem: e instanceof ShareLinkError ? `The shared link could not be opened: ${e.message}` : 'The shared link could not be opened.', shared: false };
  }
}

const initial = initialState();
const NO_ANSWERS: Record<string, string> = {};

/** The page: paste → findings → diagnosis, with the catalogue one click away. */
export function App() {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const onCatalogue = hash.startsWith('#/catalogue');
  const [state, setState] = useState<SavedState>(initial.state ?? { text: '', selected: null, answers: {}, products: {} });
  const [problem, setProblem] = useState<string | null>(initial.problem);
  const [sharedNote, setSharedNote] = useState(initial.shared);
  const [history, setHistory] = useState<HistoryItem[]>(loadHistory);
  const [progress, setProgress] = useState<number | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [markdown, setMarkdown] = useState<string | null>(null);
  const queryClient = useQueryClient();
  // NOTE: hashing megabytes on the main thread would block it; a large paste is keyed by its version instead.
  const key = useMemo(() => digest(state.text), [state.text]);

  const text = state.text;
  // NOTE: `key` is a digest of the text; putting a 10 MB string in the key would copy it into the cache.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const analysis = useQuery({
    queryKey: ['analysis', key, CATALOGUE_VERSION],
    queryFn: async ({ signal }) => {
      setProgress(0);
      try {
        const r = await analyse(text, { signal, onProgress: (d, t) => setProgress(t === 0 ? 1 : d / t) });
        if (r.findings.length > 0) setHistory(pushHistory({ at: Date.now(), title: r.findings.map(findingTitle).slice(0, 3).join(', '), text }));
        return r;
      } finally {
        setProgress(null);
      }
    },
    enabled: state.text.trim() !== '' && !cancelled,
    networkMode: 'always',
    staleTime: Infinity,
  });

  useEffect(() => {
    const t = setTimeout(() => {
      const p = saveState(state);
      if (p != null) setProblem(p);
    }, 300);
    // NOTE: a reload or a closed tab within the debounce would lose the last change: save it on the way out too.
    const flush = () => void saveState(state);
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(t);
      window.removeEventListener('pagehide', flush);
    };
  }, [state]);

  // NOTE: the findings of a new decode render as a deferred value, in short interruptible tasks.
  const decoded = useDeferredValue(state.text.trim() === '' ? undefined : analysis.data);
  // The user's product choices re-read findings as that product's entries (same ids, so selection and answers hold).
  const result = useMemo(() => withChoices(decoded, state.products), [decoded, state.products]);
  const findings = useMemo(() => result?.findings ?? [], [result]);
  const selected = findings.find((f) => f.id === state.selected) ?? findings[0];
  const lines = useMemo(() => findings.flatMap((f) => f.occurrences.slice(0, 20).map((o) => o.line)), [findings]);
  const summary = useMemo(
    () => findings.map((f) => (f.product === 'http' ? `HTTP ${f.code} ${f.message ?? ''}` : JSON.stringify({ code: f.code, msg: f.catalogueMessage ?? f.message ?? '' }))).join('\n'),
    [findings],
  );

  const [pasteKey, setPasteKey] = useState(0);
  useEffect(() => {
    // Files opened with the installed app (file_handlers).
    const lq = (window as unknown as { launchQueue?: { setConsumer: (c: (p: { files: { getFile: () => Promise<File> }[] }) => void) => void } }).launchQueue;
    lq?.setConsumer((params) => {
      const handle = params.files[0];
      if (handle === undefined) return;
      void handle
        .getFile()
        .then((f) => f.text())
        .then((t) => {
          setState({ text: t, selected: null, answers: {}, products: {} });
          setPasteKey((k) => k + 1);
        });
    });
  }, []);

  const onText = useCallback((text: string) => {
    void queryClient.cancelQueries({ queryKey: ['analysis'] });
    setCancelled(false);
    setMarkdown(null);
    const apply = () => setState((s) => (s.text === text ? s : { text, selected: null, answers: {}, products: {} }));
    // NOTE: a large paste re-renders the page in a transition, which React splits into short tasks.
    if (text.length > 200_000) startTransition(apply);
    else apply();
  }, [queryClient]);

  if (onCatalogue) {
    const params = new URLSearchParams(hash.split('?')[1] ?? '');
    return (
      <Shell>
        <p>
          <a href="#/">← Back to your diagnosis</a>
        </p>
        <CatalogueBrowser key={hash} initialQuery={params.get('q') ?? ''} initialProduct={params.get('p') ?? 'all'} />
      </Shell>
    );
  }

  return (
    <Shell>
      {problem != null && (
        <p role="alert" className="notice">
          {problem}{' '}
          <button type="button" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </p>
      )}
      {sharedNote && (
        <p role="status" className="notice">
          You opened a shared diagnosis. Secrets were removed before it was shared.{' '}
          <button type="button" onClick={() => setSharedNote(false)}>
            Dismiss
          </button>
        </p>
      )}
      <div className="layout">
        <div className="col">
          <PastePanel key={pasteKey} initialText={state.text} onText={onText} />
          {progress != null && state.text.length > 200_000 && (
            <div className="progress" role="status">
              <label>
                Decoding… <progress max={1} value={progress} aria-label="Decoding progress" /> {Math.round(progress * 100)} %
              </label>{' '}
              <button
                type="button"
                onClick={() => {
                  setCancelled(true);
                  void queryClient.cancelQueries({ queryKey: ['analysis'] });
                }}
              >
                Cancel
              </button>
            </div>
          )}
          {analysis.isError && !(analysis.error instanceof DOMException) && (
            <p role="alert" className="notice">
              Decoding failed: {analysis.error.message}. Your text is still here; try a smaller part of it.
            </p>
          )}
          {cancelled && result === undefined && (
            <p role="status" className="notice">
              Decoding was cancelled.{' '}
              <button
                type="button"
                onClick={() => {
                  setCancelled(false);
                  void analysis.refetch();
                }}
              >
                Decode again
              </button>
            </p>
          )}
          <section aria-labelledby="findings-title" className="findings-region">
            <h2 id="findings-title">Findings</h2>
            {state.text.trim() === '' ? (
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
                <FindingsList findings={findings} selected={selected?.id ?? null} onSelect={(id) => setState((s) => ({ ...s, selected: id }))} />
                <div className="toolbar">
                  <button
                    type="button"
                    onClick={() => {
                      const md = markdownReport(result);
                      setMarkdown(md);
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
          {result !== undefined && findings.length > 0 && (
            <section aria-labelledby="source-title" className="source-region">
              <h2 id="source-title">Your paste</h2>
              <SourceView text={state.text} findings={findings} selected={selected?.id ?? null} onSelect={(id) => setState((s) => ({ ...s, selected: id }))} />
            </section>
          )}
        </div>
        <div className="col">
          <section aria-labelledby="diagnosis-title" className="diagnosis-region">
            <h2 id="diagnosis-title">Diagnosis</h2>
            {selected === undefined ? (
              <p>Choose a finding to see what it means and what to do.</p>
            ) : (
              <DiagnosisPanel
                key={`${selected.id}:${selected.product ?? ''}`}
                finding={selected}
                decoded={decoded?.findings.find((f) => f.id === selected.id) ?? selected}
                pasteProduct={selected.evidence.product ?? result?.evidence.product ?? null}
                answers={state.answers[selected.id] ?? {}}
                onAnswers={(a) => setState((s) => ({ ...s, selected: selected.id, answers: { ...s.answers, [selected.id]: a } }))}
                onProduct={(p) =>
                  setState((s) => {
                    const products = { ...s.products };
                    if (p == null) delete products[selected.id];
                    else products[selected.id] = p;
                    // NOTE: another product has another tree, so the answers to this finding start again.
                    const answers = { ...s.answers };
                    delete answers[selected.id];
                    return { ...s, selected: selected.id, products, answers };
                  })
                }
              />
            )}
          </section>
          {selected !== undefined && (
            <SharePanel text={state.text} lines={lines} selected={selected.id} answers={state.answers[selected.id] ?? NO_ANSWERS} product={state.products[selected.id] ?? null} summary={summary} />
          )}
          {history.length > 0 && (
            <section aria-labelledby="history-title" className="history">
              <h2 id="history-title">Recent diagnoses</h2>
              <ul>
                {history.slice(0, 8).map((h) => (
                  <li key={h.at}>
                    <button
                      type="button"
                      onClick={() => {
                        onText(h.text);
                        setPasteKey((k) => k + 1);
                      }}
                    >
                      {h.title}
                    </button>{' '}
                    <span className="meta">{new Date(h.at).toLocaleString('en')}</span>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                onClick={() => {
                  clearHistory();
                  setHistory([]);
                }}
              >
                Clear history
              </button>
            </section>
          )}
        </div>
      </div>
    </Shell>
  );
}

function withChoices(result: DecodeResult | undefined, products: Record<string, Product>): DecodeResult | undefined {
  if (result === undefined || Object.keys(products).length === 0) return result;
  return {
    ...result,
    findings: result.findings.map((f) => {
      const p = products[f.id];
      return p === undefined ? f : (asProduct(f, p) ?? f);
    }),
  };
}

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Futures Error Doctor</h1>
        <p className="tagline">Binance API errors, decoded — offline; nothing you paste leaves this page.</p>
        <nav aria-label="Main">
          <a href="#/">Diagnose</a> · <a href="#/catalogue">Error catalogue</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <PwaStatus />
        {children}
      </main>
      <footer className="site-footer">
        <p>Catalogues: the official Binance error pages for USD-M Futures, COIN-M Futures, Spot and Portfolio Margin.</p>
      </footer>
    </>
  );
}
