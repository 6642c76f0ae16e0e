import type { ActionSet, StoreCore } from './store-core';

/** An action that already answers with a promise (so waiting for its code changes nothing). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action's own arguments
type AsyncAction = (...args: any[]) => Promise<unknown>;

/** The names of a set's actions that answer with a promise. */
type AsyncNames<T> = { [K in keyof T]: T[K] extends AsyncAction ? K : never }[keyof T] & string;

/** The named actions of a set, as they are typed in the set itself. */
export type Picked<S extends ActionSet, N extends keyof ReturnType<S>> = Pick<ReturnType<S>, N>;

/**
 * A capability's actions whose code loads the first time one of them is called, not with the
 * page (issue 29: the evidence log, its archive and page copies are rarely used, yet were in
 * every dashboard's first download). Only actions that answer with a promise can wait like
 * this; a set's other actions stay in the first download, in a set of their own.
 */
export function lazyActions<S extends ActionSet, N extends AsyncNames<ReturnType<S>>>(
  load: () => Promise<S>,
  names: readonly N[],
): (core: StoreCore) => Picked<S, N> {
  return (core) => {
    let built: Promise<ReturnType<S>> | null = null;
    const actions = () => {
      // A failed load is tried again at the next call (a page may be reopened after an update).
      built ??= load().then(
        (set) => set(core) as ReturnType<S>,
        (error: unknown) => {
          built = null;
          throw error;
        },
      );
      return built;
    };
    const all: Record<string, AsyncAction> = {};
    for (const name of names) {
      all[name] = async (...args) => ((await actions())[name] as AsyncAction)(...args);
    }
    return all as unknown as Picked<S, N>;
  };
}
