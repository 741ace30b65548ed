import { useState } from 'react';
import { usePreference } from '../../lib/preferences';
import { KEEP_KEY, forgetEverything, setKeepChoice, type KeepChoice } from '../../lib/storage';

/**
 * One line on what this device keeps of the user's pastes, the choice to keep them (redacted) or not,
 * and "Forget everything". `onKeepNothing` and `onForget` let the page drop what it holds in memory.
 */
export function KeepNote({ onKeepNothing, onForget }: { onKeepNothing: () => void; onForget: () => void }) {
  const [stored] = usePreference(KEEP_KEY);
  const keep: KeepChoice = stored === 'none' ? 'none' : 'redacted';
  const [status, setStatus] = useState('');
  return (
    <section className="keep-note" aria-label="What this device keeps">
      <p>
        {keep === 'redacted' ? 'This device keeps your last paste and recent diagnoses, with keys, secrets and signatures redacted.' : 'This device keeps none of your pastes.'}{' '}
        <label>
          Keep my pastes on this device{' '}
          <select
            value={keep}
            onChange={(e) => {
              const choice: KeepChoice = e.target.value === 'none' ? 'none' : 'redacted';
              setKeepChoice(choice);
              if (choice === 'none') onKeepNothing();
              setStatus(choice === 'none' ? 'Your pastes are no longer kept on this device.' : 'Your pastes are kept on this device, redacted.');
            }}
          >
            <option value="redacted">redacted</option>
            <option value="none">don’t keep</option>
          </select>
        </label>{' '}
        <button
          type="button"
          onClick={() => {
            onForget();
            forgetEverything().then(
              () => setStatus('Forgotten: nothing of yours is kept on this device.'),
              () => setStatus('Some of what this device keeps could not be removed; clear the site data in your browser’s settings.'),
            );
          }}
        >
          Forget everything
        </button>
      </p>
      <p role="status" className="keep-status">
        {status}
      </p>
    </section>
  );
}
