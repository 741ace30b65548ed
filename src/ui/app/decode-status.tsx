/** Where a decode stands below the paste: progress with Cancel for a large text, a failure, or a cancel with Decode again. */
export function DecodeStatus({
  progress,
  large,
  onCancel,
  failure,
  cancelled,
  onDecodeAgain,
}: {
  /** 0…1 while decoding, null otherwise. */
  progress: number | null;
  /** The text is large enough to show progress for. */
  large: boolean;
  onCancel: () => void;
  failure: Error | null;
  /** The decode was cancelled and there is no result. */
  cancelled: boolean;
  onDecodeAgain: () => void;
}) {
  return (
    <>
      {progress != null && large && (
        <div className="progress" role="status">
          <label>
            Decoding… <progress max={1} value={progress} aria-label="Decoding progress" /> {Math.round(progress * 100)} %
          </label>{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {failure != null && (
        <p role="alert" className="notice">
          Decoding failed: {failure.message}. Your text is still here; try a smaller part of it.
        </p>
      )}
      {cancelled && (
        <p role="status" className="notice">
          Decoding was cancelled.{' '}
          <button type="button" onClick={onDecodeAgain}>
            Decode again
          </button>
        </p>
      )}
    </>
  );
}
