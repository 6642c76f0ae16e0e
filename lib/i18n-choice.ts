/**
 * The person's language, mirrored in the extension's page storage so a page's first render can
 * read it at once (the setting itself is a plain setting in the plan database, which the
 * background reads). "Erase everything" clears page storage, and this with it.
 */
const KEY = 'lockstep-language';

const area = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage turned off: the browser's language it is
  }
};

/** The language the person chose, or '' when they never chose. */
export const storedChoice = (): string => area()?.getItem(KEY) ?? '';

/** Keeps the person's choice for the next page's first render. */
export function keepChoice(language: string): void {
  area()?.setItem(KEY, language);
}

/** Runs `then` when another Lockstep page changes the choice (the browser's `storage` event). */
export function onChoiceElsewhere(then: (language: string) => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) then(event.newValue ?? '');
  });
}
