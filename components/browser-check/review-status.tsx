import { useEffect, useRef } from 'preact/hooks';
import type { ReviewState } from './use-review';

interface Props<T> {
  readonly state: ReviewState<T>;
  readonly running: string;
  readonly refused: string;
  readonly failed: string;
  readonly summary: (result: T) => string;
}

/**
 * Where a review stands, said once for screen readers: a progress line while it runs, a plain
 * error when the browser refused or failed (with what to do), and the summary when done, which
 * takes the focus so a keyboard user lands on the results.
 */
export function ReviewStatus<T>({ state, running, refused, failed, summary }: Props<T>) {
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === 'done') done.current?.focus();
  }, [state.status]);
  if (state.status === 'running')
    return (
      <p role="status" class="review-running">
        <span class="spinner" aria-hidden="true" /> {running}
      </p>
    );
  if (state.status === 'refused' || state.status === 'failed')
    return (
      <p role="alert" class="error">
        {state.status === 'refused' ? refused : failed}
      </p>
    );
  if (state.status === 'done')
    return (
      <p role="status" tabIndex={-1} ref={done} class="review-summary">
        {summary(state.result)}
      </p>
    );
  return null;
}
