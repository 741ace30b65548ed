import { useRef } from 'react';
import { EXAMPLES } from './examples';

/** The buttons under the paste box: paste from the clipboard, open a log file, clear; then the example pastes. */
export function PasteToolbar({
  onClipboard,
  onFile,
  onClear,
  onExample,
}: {
  onClipboard: () => void;
  onFile: (file: File) => void;
  onClear: () => void;
  onExample: (text: string) => void;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <div className="toolbar">
        <button type="button" onClick={onClipboard}>
          Paste from clipboard
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          Open a log file
        </button>
        <input ref={fileRef} type="file" accept=".log,.txt,.json,text/plain,application/json" hidden onChange={(e) => e.target.files?.[0] !== undefined && onFile(e.target.files[0])} aria-label="Log file" />
        <button type="button" onClick={onClear}>
          Clear
        </button>
      </div>
      <div className="examples">
        <span>Try an example:</span>
        {EXAMPLES.map((ex) => (
          <button key={ex.label} type="button" onClick={() => onExample(ex.text)}>
            {ex.label}
          </button>
        ))}
      </div>
    </>
  );
}
