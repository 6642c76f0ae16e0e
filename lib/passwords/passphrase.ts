import { EFF_LONG_WORDLIST } from 'secure-password-utilities/wordlists';
import { randomBelow } from './random';

export interface PassphraseOptions {
  readonly words: number;
  readonly separator: string;
  readonly capitals: boolean;
  readonly digit: boolean;
}

export const DEFAULT_PASSPHRASE: PassphraseOptions = {
  words: 6,
  separator: '-',
  capitals: false,
  digit: false,
};

/**
 * The EFF list without its four hyphenated words (drop-down, felt-tip, t-shirt, yo-yo): with the
 * default '-' separator "yo-yo" reads as two words, so a passphrase read aloud or written down
 * would have an uncertain number of words.
 */
const WORDS = EFF_LONG_WORDLIST.filter((word) => /^[a-z]+$/.test(word));

export const WORDLIST_SIZE = WORDS.length;

/**
 * Random words from the EFF large wordlist (7,772 single words, CC BY 3.0 US), chosen without bias.
 * Capitals capitalise every word (no added entropy: it is predictable); the digit is a random
 * digit in a random gap between words or at the end.
 */
export function generatePassphrase(options: PassphraseOptions): { text: string; bits: number } {
  const words = Array.from({ length: options.words }, () => {
    const word = WORDS[randomBelow(WORDLIST_SIZE)] ?? '';
    return options.capitals ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  });
  let bits = options.words * Math.log2(WORDLIST_SIZE);
  if (options.digit) {
    const at = randomBelow(words.length);
    words[at] = `${words[at] ?? ''}${randomBelow(10)}`;
    bits += Math.log2(10) + Math.log2(words.length);
  }
  return { text: words.join(options.separator), bits };
}
