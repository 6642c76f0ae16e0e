/**
 * Password strength figures: per-check time of the tuned check (node, the same code bundled
 * with esbuild), the longest main-thread gap while typing a 64-character password into the
 * page (the check runs in a worker), and the worker's dictionary load, from the page.
 */
import { importForNode } from './measure.mjs';

const loadModules = () =>
  importForNode(
    'strength-code',
    `export { checkStrength, createChecker } from './lib/passwords/strength';
export { loadDictionaries } from './lib/passwords/dictionaries';`,
  );

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*-_=+';
const WORDS = [
  'orbit',
  'violet',
  'tundra',
  'copper',
  'lantern',
  'meadow',
  'river',
  'stone',
  'kettle',
  'blue',
];
let seed = 42;
const next = (n) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const randomPassword = (length) =>
  Array.from({ length }, () => ALPHABET[next(ALPHABET.length)]).join('');
const wordPassword = (length) => {
  let text = '';
  while (text.length < length) text += (text ? '-' : '') + WORDS[next(WORDS.length)];
  return text.slice(0, length);
};

/** Times of single checks over 8–64 character passwords, random and word-based. */
export async function strengthCheckTimes() {
  const { checkStrength, createChecker, loadDictionaries } = await loadModules();
  const zxcvbn = createChecker(await loadDictionaries());
  const times = [];
  // Round 0 warms the JIT up (as a person's first keystrokes do) and is not counted.
  for (let round = 0; round < 6; round++)
    for (let length = 8; length <= 64; length += 4)
      for (const make of [randomPassword, wordPassword]) {
        const password = make(length);
        const start = performance.now();
        checkStrength(zxcvbn, password, ['Work mail', 'example.com']);
        if (round > 0) times.push(performance.now() - start);
      }
  return times;
}

/** Types a 64-character password into the checker; longest gap between frames meanwhile. */
export async function typingBlock(ext) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('dashboard.html#/password'));
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
  const input = page.getByLabel('Password to check');
  // First check loads the dictionaries; then watch frames while typing.
  await input.fill('warm-up');
  await page.waitForFunction(
    () => performance.getEntriesByName('lockstep:strength-dictionary-load').length > 0,
  );
  const dictionaryMs = await page.evaluate(
    () => performance.getEntriesByName('lockstep:strength-dictionary-load')[0].duration,
  );
  await input.fill('');
  await page.evaluate(() => {
    const gaps = [];
    let last = performance.now();
    const tick = (now) => {
      gaps.push(now - last);
      last = now;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__frameGaps = gaps;
  });
  await input.pressSequentially(randomPassword(64), { delay: 15 });
  await page
    .locator('#pw-result')
    .getByText(/Strength/)
    .waitFor();
  await page.waitForTimeout(200);
  const block = await page.evaluate(() => {
    window.__stopFrames = true;
    return Math.max(...window.__frameGaps.slice(1));
  });
  await page.close();
  return { block, dictionaryMs };
}
