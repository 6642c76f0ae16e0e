import type { System } from './browsers.mjs';
export function realSystem(env?: Record<string, string | undefined>): System;
/** The path of a usable browser, or an error saying what to do. */
export function browserPath(tool: 'chromium' | 'firefox'): string;
