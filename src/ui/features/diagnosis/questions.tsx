import type { AnsweredQuestion, Diagnosis } from '../../../core/index';

/** The answers to keep when the answer to `p` changes: those to the questions asked before it. */
function answersBefore(answers: Record<string, string>, path: readonly AnsweredQuestion[], p: AnsweredQuestion): Record<string, string> {
  const answeredIds = path.map((q) => q.question.id);
  const idx = answeredIds.indexOf(p.question.id);
  return Object.fromEntries(Object.entries(answers).filter(([k]) => answeredIds.indexOf(k) < idx && answeredIds.includes(k)));
}

/** "Narrow it down": the questions answered so far (each can be changed), the next question, and Back / Start over; nothing when there are no questions. */
export function Questions({ diagnosis: d, answers, onAnswers }: { diagnosis: Diagnosis; answers: Record<string, string>; onAnswers: (a: Record<string, string>) => void }) {
  if (!(d.path.length > 0 || d.next != null)) return null;
  return (
    <section className="questions" aria-label="Questions">
      <h4>Narrow it down</h4>
      <ol>
        {d.path.map((p) => (
          <li key={p.question.id}>
            <span>{p.question.text}</span> <strong>{p.label}</strong>
            {p.by === 'paste' && <span className="auto"> — answered from your paste: {p.because}</span>}
            {p.pasteSaid !== undefined && <span className="auto"> — your paste suggested otherwise ({p.pasteSaid.because})</span>}{' '}
            <button
              type="button"
              onClick={() => {
                const keep = answersBefore(answers, d.path, p);
                const other = p.question.options.find((o) => o.value !== p.value);
                onAnswers(other === undefined ? keep : { ...keep, [p.question.id]: other.value });
              }}
              aria-label={`Change the answer to: ${p.question.text}`}
            >
              Change
            </button>
          </li>
        ))}
      </ol>
      {d.next != null && (
        <fieldset className="question">
          <legend>{d.next.text}</legend>
          {d.next.help !== undefined && <p className="hint">{d.next.help}</p>}
          {d.next.options.map((o) => (
            <button key={o.value} type="button" onClick={() => d.next != null && onAnswers({ ...answers, [d.next.id]: o.value })}>
              {o.label}
            </button>
          ))}
        </fieldset>
      )}
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
