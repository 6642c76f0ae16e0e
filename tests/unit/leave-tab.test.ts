import { describe, expect, it } from 'vitest';
import { answerLeave, type LeaveSteps } from '@/lib/background/leave-tab';

/** Fake browser steps; the tab shows its blank page only when `showBlank` is called. */
function steps(failOpen = false) {
  const done: string[] = [];
  let showBlank: () => void = () => undefined;
  const blank = new Promise<void>((resolve) => (showBlank = resolve));
  const fake: LeaveSteps = {
    open: (url) => {
      done.push(`open ${url || 'new tab'}`);
      return failOpen ? Promise.reject(new Error('no')) : Promise.resolve();
    },
    blank: () => blank,
    close: (tabId) => Promise.resolve(done.push(`close ${tabId}`)),
    giveBack: () => Promise.resolve(done.push('give back')),
    sweep: () => Promise.resolve(done.push('sweep')),
  };
  return { fake, done, showBlank: () => showBlank() };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the background answers quick exit', () => {
  it('answers at once; once the tab is blank, the neutral page, the close, then clean-up', async () => {
    const { fake, done, showBlank } = steps();
    expect(await answerLeave({ type: 'close-tab', open: '', sweep: true }, 7, fake)).toBe('tab');
    await settle();
    expect(done).toEqual([]);
    showBlank();
    await settle();
    expect(done).toEqual(['open new tab', 'close 7', 'give back', 'sweep']);
  });

  it('a page that did not press it: no neutral page, no sweep', async () => {
    const { fake, done, showBlank } = steps();
    await answerLeave({ type: 'close-tab' }, 3, fake);
    showBlank();
    await settle();
    expect(done).toEqual(['close 3', 'give back']);
  });

  it('the popup has no tab: the neutral page opens and nothing is closed', async () => {
    const { fake, done } = steps();
    expect(
      await answerLeave({ type: 'close-tab', open: 'https://news.example/' }, undefined, fake),
    ).toBe('no-tab');
    await settle();
    expect(done).toEqual(['open https://news.example/', 'give back']);
  });

  it('the tab still closes when the neutral page could not open', async () => {
    const { fake, done, showBlank } = steps(true);
    await answerLeave({ type: 'close-tab', open: '' }, 5, fake);
    showBlank();
    await settle();
    expect(done).toContain('close 5');
  });
});
