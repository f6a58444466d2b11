// What a screen shows before its data is there, or when loading it failed.
export function Loading() {
  return (
    <p className="loading" role="status">
      Laden…
    </p>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <div className="load-failed">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Opnieuw proberen
      </button>
    </div>
  );
}
