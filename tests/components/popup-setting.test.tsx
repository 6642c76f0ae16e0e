import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PopupSetting } from '@/components/safety/popup-setting';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const BOX = 'Show my next step in the toolbar popup';

describe('"Show my next step in the toolbar popup"', () => {
  it('is off at first with the lock off; ticking it keeps the choice', async () => {
    const store = await freshStore();
    renderWithStore(store, <PopupSetting />);
    const box = screen.getByLabelText<HTMLInputElement>(BOX);
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await expect.poll(() => store.settings.value.popupNextStep).toBe('show');
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await expect.poll(() => store.settings.value.popupNextStep).toBe('hide');
  });
});
