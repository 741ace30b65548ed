import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { LARGE, MAX_INPUT, boxText, looksBinary } from './intake';

/** Brings text into the paste box (typing, a large Ctrl+V, the clipboard, a file, an example, Clear), checks it, and reports it to `onText`. */
export function useTextIntake(initialText: string, onText: (text: string) => void) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [size, setSize] = useState(initialText.length);
  const [preview, setPreview] = useState(initialText.length > LARGE);

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

  /** Text changed in the box: a paste or a drop is decoded at once; typing, after a short pause. `inputType` is the InputEvent's. */
  const onInput = (t: string, inputType = ''): void => {
    setSize(t.length);
    clearTimeout(timer.current);
    if (/^insertFrom(Paste|Drop)/.test(inputType)) accept(t, 'paste');
    else timer.current = setTimeout(() => accept(t, 'paste'), 250);
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>): void => {
    const pasted = e.clipboardData.getData('text/plain');
    if (pasted.length <= LARGE) return;
    // NOTE: letting the browser put megabytes into the textarea costs seconds of layout and paint on
    // the main thread; take the text from the clipboard event instead and show a preview.
    e.preventDefault();
    const box = e.currentTarget;
    const whole = preview ? pasted : box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
    accept(whole, 'pasted text');
  };

  const onDrop = (e: DragEvent<HTMLTextAreaElement>): void => {
    const file = e.dataTransfer.files[0];
    if (file !== undefined) {
      e.preventDefault();
      readFile(file);
    }
  };

  const pasteFromClipboard = (): void => {
    if (navigator.clipboard?.readText === undefined) {
      setNotice('This browser does not let the page read the clipboard; paste with Ctrl+V instead.');
      return;
    }
    navigator.clipboard.readText().then(
      (t) => accept(t, 'clipboard text'),
      () => setNotice('The clipboard could not be read (permission denied); paste with Ctrl+V instead.'),
    );
  };

  const clear = (): void => {
    if (ref.current != null) ref.current.value = '';
    setPreview(false);
    accept('', 'clear');
  };

  return { ref, notice, size, preview, accept, readFile, onInput, onPaste, onDrop, pasteFromClipboard, clear };
}
