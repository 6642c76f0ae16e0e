import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import { stepsFor } from '@/lib/plan/playbook';

/** The files that define steps: every `step({…})` there is read from the source text. */
const FILES = [
  'lib/plan/shared-steps.ts',
  'lib/plan/playbook-recovery-kinds.ts',
  'lib/plan/playbook-other-kinds.ts',
  'lib/plan/playbook-everyday-kinds.ts',
  'lib/plan/playbook-life-kinds.ts',
  'lib/plan/playbook-carrier-branch.ts',
];

interface Defined {
  readonly id: string;
  readonly sourced: boolean;
}

/** Each `step({ id: … })` in a file, and whether the comment right above it names a source. */
function definedSteps(text: string): Defined[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    if (!/\bstep\(\{/.test(line)) return [];
    const id = /id: '([a-z0-9_]+)'/.exec(lines.slice(i, i + 3).join('\n'))?.[1] ?? '?';
    const comment: string[] = [];
    for (let k = i - 1; k >= 0 && lines[k]!.trim().startsWith('//'); k--) comment.push(lines[k]!);
    return [{ id, sourced: comment.some((c) => /https?:\/\//.test(c)) }];
  });
}

const defined = FILES.flatMap((file) => definedSteps(readFileSync(resolve(file), 'utf8')));

describe('playbook sources', () => {
  it('finds every step the playbook uses in the files it reads', () => {
    const ids = new Set(defined.map((d) => d.id));
    for (const kind of ACCOUNT_KINDS)
      for (const s of stepsFor(kind)) expect(ids.has(s.id), `${kind} ${s.id}`).toBe(true);
  });

  it('has a source comment beside every step (issue 32: the old gaps are closed)', () => {
    expect(defined.filter((d) => !d.sourced).map((d) => d.id)).toEqual([]);
  });

  it('starts every kind with the document step and declares what every step does', () => {
    for (const kind of ACCOUNT_KINDS) {
      const steps = stepsFor(kind);
      expect(steps[0]!.id, kind).toBe('document_first');
      for (const s of steps) expect(s.effects.length, `${kind} ${s.id}`).toBeGreaterThan(0);
    }
  });

  it('can fail: a step without a comment is found unsourced', () => {
    const text =
      "// https://example.org\nconst A = step({ id: 'a' });\nconst B = step({ id: 'b' });";
    expect(definedSteps(text)).toEqual([
      { id: 'a', sourced: true },
      { id: 'b', sourced: false },
    ]);
  });
});
