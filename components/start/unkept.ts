import { signal } from '@preact/signals';
import type { Living } from '@/lib/start/answers';

/**
 * "Planning to leave" when the person chose not to keep it: held in this tab's memory only, so
 * the three things can still use it, and gone when the tab closes. Never written anywhere.
 */
export const unkeptLiving = signal<Living | undefined>(undefined);
