import { describe, expect, it } from 'vitest';
import {
  bestMatch,
  browserGiven,
  formatLocale,
  ownName,
  pickLanguage,
  spellOut,
  tagOf,
} from '@/lib/i18n-languages';

describe('which language Lockstep speaks', () => {
  it('matches a tag as browsers pick a _locales folder: same tag, else same language', () => {
    expect(tagOf('es_419')).toBe('es-419');
    expect(bestMatch('es-MX', ['en', 'es'])).toBe('es');
    expect(bestMatch('es_419', ['en', 'es-419', 'es'])).toBe('es-419');
    expect(bestMatch('fr-FR', ['en', 'es'])).toBeUndefined();
  });

  it('knows what browser.i18n gives: the browser’s language if shipped, else English', () => {
    expect(browserGiven('es-US', ['en', 'es'])).toBe('es');
    expect(browserGiven('es-US', ['en'])).toBe('en');
    expect(browserGiven('de', ['en', 'es'])).toBe('en');
  });

  it('takes the person’s choice first and the browser’s language only as a first guess', () => {
    expect(pickLanguage('', 'es-US', ['en', 'es'])).toBe('es');
    expect(pickLanguage('en', 'es-US', ['en', 'es'])).toBe('en');
    expect(pickLanguage('es', 'en-US', ['en', 'es'])).toBe('es');
    // A choice no longer available (a language removed) falls back to the guess.
    expect(pickLanguage('fr', 'en-GB', ['en', 'es'])).toBe('en');
    expect(pickLanguage('', 'de-DE', ['en', 'es'])).toBe('en');
  });

  it('formats in the browser’s region when it speaks the same language', () => {
    expect(formatLocale('en', 'en-GB')).toBe('en-GB');
    expect(formatLocale('es', 'en-GB')).toBe('es');
    expect(formatLocale(undefined, 'en-GB')).toBe('en-GB');
  });

  it('names each language in its own words and spells words out letter by letter', () => {
    expect(ownName('en')).toBe('English');
    expect(ownName('es')).toBe('Español');
    expect(spellOut('maple')).toBe('m-a-p-l-e');
  });
});
