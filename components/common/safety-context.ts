import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** What a page's safety controls can do; the page wires it to the browser (lib/pages). */
export interface SafetyActions {
  quickExit(): void;
  wipe(): Promise<void>;
}

const NOOP: SafetyActions = {
  quickExit: () => undefined,
  wipe: () => Promise.resolve(),
};

export const SafetyContext = createContext<SafetyActions>(NOOP);

export const useSafety = (): SafetyActions => useContext(SafetyContext);
