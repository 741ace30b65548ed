import { useId, useRef, useState, type DragEvent } from 'react';
import { formatCount } from '../../lib/labels';
import { EXAMPLES } from './examples';

/** How much of a large paste or file the box shows (laying out megabytes in a textarea takes seconds). */
const PREVIEW = 8_000;
/** Texts larger than this never go into the box whole: it shows a preview, the whole text is decoded. */
const LARGE = 200_000;

/** What the box shows for a text: the text itself, or the start of a large one with a note. */
function boxText(text: string): string {
  if (text.length <= LARGE) return text;
  return `${text.slice(0, PREVIEW)}\n… (${((text.length - PREVIEW) / 1048576).toFixed(1)} MB more, decoded in full)`;
}

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
  const [preview, setPreview] = useState(initialText.length > LARGE);
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
    // NOTE: a typed or small pasted text is already in the box. Anything else (a file, a large paste we
    // intercepted, the clipboard button) goes in as text, or as a read-only preview when it is large.
    if (how !== 'paste' && ref.current != null) {
      ref.current.value = boxText(text);
      setPreview(text.length > LARGE);
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
        defaultValue={boxText(initialText)}
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
        onPaste={(e) => {
          const pasted = e.clipboardData.getData('text/plain');
          if (pasted.length <= LARGE) return;
          // NOTE: letting the browser put megabytes into the textarea costs seconds of layout and paint on
          // the main thread; take the text from the clipboard event instead and show a preview.
          e.preventDefault();
          const box = e.currentTarget;
          const whole = preview ? pasted : box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
          accept(whole, 'pasted text');
        }}
      />
      <p id={hintId} className="hint">
        Decoding starts by itself and stays on this device. {size > 0 && `${formatCount(size)} characters.`}
        {preview && ' Showing the start of a large text, read-only; Clear to paste something else.'}
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
