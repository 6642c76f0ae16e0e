import type { System, Tool } from './browsers.mjs';
export function systemKind(sys: System): 'debian' | 'ubuntu' | 'linux' | 'darwin' | 'win32';
export function installPlan(sys: System, missing: Tool[]): { auto: boolean; command: string };
