import { lazy, Suspense, type ComponentProps } from 'react';
import { afterCore } from '../../../worker/decode-client';
import type { DiagnosisPanel as PanelComponent } from './diagnosis-panel';

/** The diagnosis panel's chunk (it holds the diagnosis engine), after the core; preloaded when the browser is idle. */
export const loadDiagnosisPanel = () => afterCore(() => import('./diagnosis-panel'));

/** What shows when the panel's chunk cannot be loaded (offline before it was ever cached): a message, not a broken page. */
function Unavailable() {
  return <p role="alert">The diagnosis could not be loaded. Reload the page to try again.</p>;
}

const Panel = lazy<typeof PanelComponent>(() =>
  loadDiagnosisPanel().then(
    (m) => ({ default: m.DiagnosisPanel }),
    () => ({ default: Unavailable }),
  ),
);

/** The diagnosis panel, loaded after the first paint: the page's first chunk holds neither the decoder nor the diagnosis. */
export function DiagnosisPanel(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={<p role="status">Loading the diagnosis…</p>}>
      <Panel {...props} />
    </Suspense>
  );
}
