import { useId, type ReactNode } from 'react';
import { formatCount } from '../../lib/labels';
import { boxText } from './intake';
import { PasteToolbar } from './paste-toolbar';
import { useTextIntake } from './use-text-intake';

export { MAX_INPUT, looksBinary } from './intake';

/**
 * The paste area: an uncontrolled textarea (a 10 MB paste does not re-render on each key), clipboard,
 * file and drag-and-drop input, and example pastes. Reports a paste, a drop or an example at once, typing after a short pause;
 * `summary` (the result in one line) sits right under the box.
 */
export function PastePanel({
  initialText,
  onText,
  onClear,
  summary,
}: {
  initialText: string;
  onText: (text: string) => void;
  /** "Clear" was pressed: besides emptying the box, the page forgets the history. */
  onClear?: () => void;
  summary?: ReactNode;
}) {
  const { ref, notice, size, preview, accept, readFile, onInput, onPaste, onDrop, pasteFromClipboard, clear } = useTextIntake(initialText, onText);
  const hintId = useId();

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
        onInput={(e) => onInput(e.currentTarget.value, (e.nativeEvent as InputEvent).inputType)}
        onDrop={onDrop}
        onPaste={onPaste}
      />
      {summary}
      <p id={hintId} className="hint">
        Decoding starts by itself and stays on this device. {size > 0 && `${formatCount(size)} characters.`}
        {preview && ' Showing the start of a large text, read-only; Clear to paste something else.'}
      </p>
      <PasteToolbar
        onClipboard={pasteFromClipboard}
        onFile={readFile}
        onClear={() => {
          clear();
          onClear?.();
        }}
        onExample={(text) => accept(text, 'example')}
      />
      {notice != null && (
        <p role="alert" className="notice">
          {notice}
        </p>
      )}
    </section>
  );
}
