import { useId, useRef, useState, type DragEvent } from 'react';
import { EXAMPLES } from './examples';

const PREVIEW = 100_000;

/** Largest file or paste we accept; larger ones get a message, not a frozen tab. */
export const MAX_INPUT = 64 * 1024 * 1024;

/** Looks like binary data (many control characters) rather than text. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) || c === 0xfffd) bad++;
  }
  return sample.length > 0 && bad / sample.length > 0.1;
}

/**
 * The paste area: an uncontrolled textarea (a 10 MB paste does not re-render on each key), clipboard,
 * file and drag-and-drop input, and example pastes. Reports text to the parent after a short pause.
 */
export function PastePanel({ initialText, onText }: { initialText: string; onText: (text: string) => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [size, setSize] = useState(initialText.length);
  const [preview, setPreview] = useState(false);
  const hintId = useId();

  const accept = (text: string, how: string): void => {
    clearTimeout(timer.current);
    if (text.length > MAX_INPUT) {
      setNotice(`That ${how} is ${(text.length / 1048576).toFixed(0)} MB; the limit here is ${MAX_INPUT / 1048576} MB. Use the command-line tool (npm run decode) for larger logs.`);
      return;
    }
    if (looksBinary(text)) {
      setNotice(`That ${how} looks like binary data, not text. Paste the error message or a text log instead.`);
      return;
    }
    setNotice(null);
    // NOTE: a paste is already in the box; rewriting megabytes into a textarea costs seconds of layout.
    // A large file shows a read-only preview; the whole text is decoded and kept.
    if (how !== 'paste' && ref.current != null) {
      const big = text.length > PREVIEW;
      ref.current.value = big ? `${text.slice(0, PREVIEW)}\n… (${((text.length - PREVIEW) / 1048576).toFixed(1)} MB more, decoded in full)` : text;
      setPreview(big);
    }
    setSize(text.length);
    onText(text);
  };

  const readFile = (file: File): void => {
    if (file.size > MAX_INPUT) {
      setNotice(`“${file.name}” is ${(file.size / 1048576).toFixed(0)} MB; the limit here is ${MAX_INPUT / 1048576} MB. Use the command-line tool (npm run decode) for larger logs.`);
      return;
    }
    file.text().then(
      (t) => accept(t, 'file'),
      () => setNotice(`“${file.name}” could not be read.`),
    );
  };

  const onDrop = (e: DragEvent<HTMLTextAreaElement>): void => {
    const file = e.dataTransfer.files[0];
    if (file !== undefined) {
      e.preventDefault();
      readFile(file);
    }
  };

  return (
    <section className="paste" aria-labelledby="paste-title">
      <h2 id="paste-title">Your error</h2>
      <label htmlFor="paste-text" className="visually-hidden">
        Error or log text
      </label>
      <textarea
        id="paste-text"
        ref={ref}
        aria-label="Error or log text"
        aria-describedby={hintId}
        defaultValue={initialText.length > PREVIEW ? '' : initialText}
        readOnly={preview}
        spellCheck={false}
        autoComplete="off"
        rows={10}
        placeholder='Paste an error, a traceback or a whole bot log, e.g. {"code":-2019,"msg":"Margin is insufficient."}'
        onInput={(e) => {
          const t = e.currentTarget.value;
          setSize(t.length);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => accept(t, 'paste'), 250);
        }}
        onDrop={onDrop}
      />
      <p id={hintId} className="hint">
        Decoding starts by itself and stays on this device. {size > 0 && `${size.toLocaleString('en')} characters.`}
        {preview && ' Showing the start of a large file, read-only; Clear to paste something else.'}
      </p>
      <div className="toolbar">
        <button
          type="button"
          onClick={() => {
            if (navigator.clipboard?.readText === undefined) {
              setNotice('This browser does not let the page read the clipboard; paste with Ctrl+V instead.');
              return;
            }
            navigator.clipboard.readText().then(
              (t) => accept(t, 'clipboard text'),
              () => setNotice('The clipboard could not be read (permission denied); paste with Ctrl+V instead.'),
            );
          }}
        >
          Paste from clipboard
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          Open a log file
        </button>
        <input ref={fileRef} type="file" accept=".log,.txt,.json,text/plain,application/json" hidden onChange={(e) => e.target.files?.[0] !== undefined && readFile(e.target.files[0])} aria-label="Log file" />
        <button
          type="button"
          onClick={() => {
            if (ref.current != null) ref.current.value = '';
            setPreview(false);
            accept('', 'clear');
          }}
        >
          Clear
        </button>
      </div>
      <div className="examples">
        <span>Try an example:</span>
        {EXAMPLES.map((ex) => (
          <button key={ex.label} type="button" onClick={() => accept(ex.text, 'example')}>
            {ex.label}
          </button>
        ))}
      </div>
      {notice != null && (
        <p role="alert" className="notice">
          {notice}
        </p>
      )}
    </section>
  );
}
