/** The page-level notices: a problem (damaged store, bad link, full storage) and the note on a shared diagnosis, each dismissable. */
export function Notices({ problem, onDismissProblem, shared, onDismissShared }: { problem: string | null; onDismissProblem: () => void; shared: boolean; onDismissShared: () => void }) {
  return (
    <>
      {problem != null && (
        <p role="alert" className="notice">
          {problem}{' '}
          <button type="button" onClick={onDismissProblem}>
            Dismiss
          </button>
        </p>
      )}
      {shared && (
        <p role="status" className="notice">
          You opened a shared diagnosis. Secrets were removed before it was shared.{' '}
          <button type="button" onClick={onDismissShared}>
            Dismiss
          </button>
        </p>
      )}
    </>
  );
}
