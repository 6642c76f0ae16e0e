import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { ReviewStatus } from './review-status';
import type { useReview } from './use-review';

interface Props<T> {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  /** What the review cannot see or prove: said before it runs. */
  readonly limits: readonly string[];
  /** What the browser will ask, and when Lockstep gives it back. */
  readonly permission: string;
  readonly start: string;
  readonly review: ReturnType<typeof useReview<T>>;
  readonly running: string;
  readonly refused: string;
  readonly failed: string;
  readonly summary: (result: T) => string;
  /** The results, once the review is done. */
  readonly children: (result: T) => ComponentChildren;
}

/**
 * One review of "This browser": what it looks at and cannot see, a start button (the browser
 * asks for the permission then), where it stands, its results, and "Done", which gives the
 * permission back.
 */
export function ReviewSection<T>(props: Props<T>) {
  const { state } = props.review;
  const canStart =
    state.status === 'idle' || state.status === 'refused' || state.status === 'failed';
  return (
    <section aria-labelledby={props.id} class="stack">
      <h2 id={props.id}>{props.title}</h2>
      <p>{props.intro}</p>
      <ul>
        {props.limits.map((limit) => (
          <li key={limit}>{limit}</li>
        ))}
      </ul>
      {canStart && (
        <>
          <p class="hint">{props.permission}</p>
          <div class="form-actions">
            <button type="button" class="primary" onClick={() => void props.review.start()}>
              {props.start}
            </button>
          </div>
        </>
      )}
      <ReviewStatus
        state={state}
        running={props.running}
        refused={props.refused}
        failed={props.failed}
        summary={props.summary}
      />
      {state.status === 'done' && (
        <>
          {props.children(state.result)}
          <div class="form-actions">
            <button type="button" onClick={props.review.finish}>
              {t('browser_done')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
