import { useEffect, useRef, useState } from 'react';
import type { Diagnosis, QuestionView } from '../../../core/index';

/** A question as a choice: its options (the current answer pressed), and a way to keep the answer as it is. */
function QuestionChoice({ question, current, onChoose, onKeep }: { question: QuestionView; current: string | null; onChoose: (value: string) => void; onKeep?: () => void }) {
  const ref = useRef<HTMLFieldSetElement>(null);
  const reopened = current != null;
  useEffect(() => {
    // A reopened question takes focus on its current answer, so the keyboard lands where the choice is.
    if (reopened) ref.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.focus();
  }, [reopened]);
  return (
    <fieldset className="question" ref={ref}>
      <legend>{question.text}</legend>
      {question.help !== undefined && <p className="hint">{question.help}</p>}
      {question.options.map((o) => (
        <button key={o.value} type="button" aria-pressed={reopened ? o.value === current : undefined} onClick={() => onChoose(o.value)}>
          {o.label}
        </button>
      ))}
      {onKeep !== undefined && (
        <button type="button" className="link-button" onClick={onKeep}>
          Keep this answer
        </button>
      )}
    </fieldset>
  );
}

/**
 * "Narrow it down": the questions answered so far, the next question, and Back / Start over; nothing when
 * there are no questions. "Change" reopens an answered question as a choice; the other answers are kept
 * and apply again wherever the walk still asks their question.
 */
export function Questions({ diagnosis: d, answers, onAnswers }: { diagnosis: Diagnosis; answers: Record<string, string>; onAnswers: (a: Record<string, string>) => void }) {
  const [reopened, setReopened] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    // After a reopened question is answered or kept, focus goes back to its Change button.
    if (refocus.current == null) return;
    section.current?.querySelector<HTMLButtonElement>(`button[data-change="${CSS.escape(refocus.current)}"]`)?.focus();
    refocus.current = null;
  });
  if (!(d.path.length > 0 || d.next != null)) return null;
  const close = (id: string): void => {
    refocus.current = id;
    setReopened(null);
  };
  return (
    <section className="questions" aria-label="Questions" ref={section}>
      <h4>Narrow it down</h4>
      <ol>
        {d.path.map((p) => (
          <li key={p.question.id}>
            {reopened === p.question.id ? (
              <QuestionChoice
                question={p.question}
                current={p.value}
                onChoose={(value) => {
                  close(p.question.id);
                  if (value !== p.value) onAnswers({ ...answers, [p.question.id]: value });
                }}
                onKeep={() => close(p.question.id)}
              />
            ) : (
              <>
                <span>{p.question.text}</span> <strong>{p.label}</strong>
                {p.by === 'paste' && <span className="auto"> — answered from your paste: {p.because}</span>}
                {p.pasteSaid !== undefined && <span className="auto"> — your paste suggested otherwise ({p.pasteSaid.because})</span>}{' '}
                <button type="button" data-change={p.question.id} onClick={() => setReopened(p.question.id)} aria-label={`Change the answer to: ${p.question.text}`}>
                  Change
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {d.next != null && <QuestionChoice key={d.next.id} question={d.next} current={null} onChoose={(value) => d.next != null && onAnswers({ ...answers, [d.next.id]: value })} />}
      <div className="toolbar">
        <button
          type="button"
          disabled={Object.keys(answers).length === 0}
          onClick={() => {
            const last = [...d.path].reverse().find((p) => p.by === 'user');
            if (last === undefined) return;
            const rest = { ...answers };
            delete rest[last.question.id];
            onAnswers(rest);
          }}
        >
          Back
        </button>
        <button type="button" disabled={Object.keys(answers).length === 0} onClick={() => onAnswers({})}>
          Start over
        </button>
      </div>
    </section>
  );
}
