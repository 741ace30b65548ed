import { useEffect, useRef, type ReactNode } from 'react';
import type { DecodeResult, Finding, Product } from '../../core/index';
import { DiagnosisPanel } from '../features/diagnosis/lazy-diagnosis-panel';

/**
 * Takes the reader to the diagnosis: its heading (the finding's title once shown) gets focus and the
 * diagnosis shows from its top. Beside the findings (a wide screen) the panel stays where it is and
 * scrolls by itself; stacked below them (a phone) the page scrolls to it.
 */
function showDiagnosis(region: HTMLElement): void {
  const heading = region.querySelector<HTMLElement>('h3[tabindex="-1"]') ?? region.querySelector<HTMLElement>('h2');
  if (heading == null) return;
  region.scrollTop = 0;
  heading.focus({ preventScroll: true });
  if (getComputedStyle(region).position === 'sticky') return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  region.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}

const SETTLE_MS = 3000;

/**
 * The diagnosis may still be loading or remounting when it is chosen: until it settles, a heading that
 * arrives (or replaces the focused one) takes the focus, unless the reader has moved it elsewhere.
 */
function keepFocusOnArrival(region: HTMLElement): () => void {
  const observer = new MutationObserver(() => {
    const heading = region.querySelector<HTMLElement>('h3[tabindex="-1"]');
    const active = document.activeElement;
    if (heading == null || active === heading) return;
    if (active === document.body || active == null || active === region.querySelector('h2')) heading.focus({ preventScroll: true });
  });
  observer.observe(region, { childList: true, subtree: true });
  const timer = window.setTimeout(() => observer.disconnect(), SETTLE_MS);
  return () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
}

/** The "Diagnosis" region: Share and Copy as Markdown on top, then the diagnosis of the chosen finding, or a prompt to choose one. */
export function DiagnosisSection({
  selected,
  decoded,
  pasteProduct,
  answers,
  onAnswers,
  onProduct,
  actions,
  focusRequest,
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
  /** Share and export, shown above the diagnosis. */
  actions: ReactNode;
  /** Grows each time the user chooses a finding: the diagnosis then takes focus. */
  focusRequest: number;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const region = ref.current;
    if (focusRequest === 0 || region == null) return;
    showDiagnosis(region);
    return keepFocusOnArrival(region);
  }, [focusRequest]);
  return (
    <section aria-labelledby="diagnosis-title" className="diagnosis-region" ref={ref}>
      <h2 id="diagnosis-title" tabIndex={-1}>
        Diagnosis
      </h2>
      {selected === undefined ? (
        <p>Choose a finding to see what it means and what to do.</p>
      ) : (
        <>
          {actions}
          <DiagnosisPanel
            key={`${selected.id}:${selected.product ?? ''}`}
            finding={selected}
            decoded={decoded?.findings.find((f) => f.id === selected.id) ?? selected}
            pasteProduct={selected.evidence.product ?? pasteProduct}
            answers={answers[selected.id] ?? {}}
            onAnswers={(a) => onAnswers(selected.id, a)}
            onProduct={(p) => onProduct(selected.id, p)}
          />
        </>
      )}
    </section>
  );
}
