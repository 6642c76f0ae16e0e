import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** What a page's safety controls can do; the page wires it to the browser (lib/pages). */
export interface SafetyActions {
  quickExit(): void;
  wipe(): Promise<void>;
  /** Asks for the optional `history` permission (call from a click). */
  requestHistory(): Promise<boolean>;
  dropHistory(): Promise<void>;
}

const NOOP: SafetyActions = {
  quickExit: () => undefined,
  wipe: () => Promise.resolve(),
  requestHistory: () => Promise.resolve(false),
  dropHistory: () => Promise.resolve(),
};

export const SafetyContext = createContext<SafetyActions>(NOOP);

export const useSafety = (): SafetyActions => useContext(SafetyContext);
