import { useEffect, useRef, useState } from 'preact/hooks';
import { turnOff, turnOn } from '@/lib/browser/permissions';
import { lastingHolds, type PermissionFeature } from '@/lib/permissions/holds';
import { usePlanStore } from '../common/store-context';

/** Where a review stands. */
export type ReviewState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'refused' }
  | { readonly status: 'failed' }
  | { readonly status: 'done'; readonly result: T };

/**
 * A review that holds an optional permission only while it runs: asked for on the person's
 * click, given back when they say they are done, or when the page goes (lock, another page,
 * quick exit) — unless another feature they turned on still needs it.
 */
export function useReview<T>(feature: PermissionFeature, run: () => Promise<T>) {
  const store = usePlanStore();
  const [state, setState] = useState<ReviewState<T>>({ status: 'idle' });
  const held = useRef(false);

  const release = () => {
    if (!held.current) return;
    held.current = false;
    void turnOff(feature, lastingHolds(store.settings.peek()));
  };
  // On leaving the page (the ref keeps `release` current enough: it reads only refs and the store).
  useEffect(() => release, []);

  /** Call straight from the click: the browser asks only during the person's own gesture. */
  const start = async () => {
    const asked = turnOn(feature);
    setState({ status: 'running' });
    if (!(await asked)) {
      setState({ status: 'refused' });
      return;
    }
    held.current = true;
    try {
      setState({ status: 'done', result: await run() });
    } catch {
      setState({ status: 'failed' });
    }
  };

  /** Runs the review again with the permission it holds (after a removal, say). */
  const refresh = async () => {
    try {
      setState({ status: 'done', result: await run() });
    } catch {
      setState({ status: 'failed' });
    }
  };

  const finish = () => {
    release();
    setState({ status: 'idle' });
  };

  return { state, start, refresh, finish };
}
