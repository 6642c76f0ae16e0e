/** A machine as the browser finder sees it (scripts/system.mjs reads the real one). */
export interface System {
  env: Record<string, string | undefined>;
  platform: string;
  isRoot: boolean;
  home: string;
  osRelease: string | null;
  hasAptGet: boolean;
  exists(path: string): boolean;
  list(dir: string): string[];
  /** The `--version` text, or null when it cannot be read. */
  version(path: string): string | null;
}
export type Tool = 'chromium' | 'firefox' | 'pdftotext';
export const TOOLS: Record<Tool, { name: string; apt: string; env: string | null }>;
export function candidates(sys: System, tool: Tool): { path: string; explicit?: boolean }[];
export function judge(
  tool: Tool,
  path: string,
  version: () => string | null,
): { ok: true } | { ok: false; reason: string };
export function find(sys: System, tool: Tool): { path: string } | { missing: string };
