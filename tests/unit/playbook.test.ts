import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import { NOTICEABLE_EFFECTS, PLAYBOOK, isNoticeable, stepsFor } from '@/lib/plan/playbook';

const messages = JSON.parse(
  readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const allSteps = ACCOUNT_KINDS.flatMap((kind) => stepsFor(kind));

describe('playbook', () => {
  it('gives every kind its steps, each step once', () => {
    for (const kind of ACCOUNT_KINDS) {
      const ids = stepsFor(kind).map((s) => s.id);
      expect(ids.length, kind).toBeGreaterThanOrEqual(3);
      expect(new Set(ids).size, kind).toBe(ids.length);
    }
  });

  it('has a change-password and an MFA step in every kind', () => {
    for (const kind of ACCOUNT_KINDS) {
      const roles = stepsFor(kind).map((s) => s.role);
      expect(roles, kind).toContain('change-password');
      expect(roles, kind).toContain('mfa');
    }
  });

  it('documents first for email, cloud and social accounts', () => {
    for (const kind of ['primary-email', 'other-email', 'device-cloud', 'social'] as const) {
      expect(stepsFor(kind)[0]?.id, kind).toMatch(/document/);
    }
  });

  it('flags changes the other person may notice and steps that recur at check-ups', () => {
    expect(allSteps.some((s) => s.noticeable)).toBe(true);
    expect(allSteps.some((s) => s.recurring)).toBe(true);
    expect(stepsFor('primary-email').find((s) => s.role === 'change-password')?.noticeable).toBe(
      true,
    );
  });

  it('derives the noticeable flag from what each step does, for every step (GUIDANCE §1)', () => {
    for (const s of allSteps) {
      expect(s.effects.length, s.id).toBeGreaterThan(0);
      const cutsOff = s.effects.some((e) => NOTICEABLE_EFFECTS.has(e));
      expect(s.noticeable, s.id).toBe(cutsOff);
      expect(s.noticeable, s.id).toBe(isNoticeable(s.effects));
      // A look-only or notes-only step changes nothing, so it cannot also cut someone off.
      if (s.effects.includes('reads-only') || s.effects.includes('records-only')) {
        expect(cutsOff, s.id).toBe(false);
      }
    }
  });

  it('flags every step the clinic review found cutting someone off without a flag', () => {
    const mustBeNoticeable = [
      'turn_on_mfa',
      'email_forwarding',
      'connected_apps',
      'backup_codes',
      'carrier_call_forwarding',
      'cloud_find_my',
      'cloud_backups',
      'carrier_port_lock',
      'bank_payees',
      'shop_payment_cards',
      'social_privacy',
    ];
    const byId = new Map(allSteps.map((s) => [s.id, s]));
    for (const id of mustBeNoticeable) expect(byId.get(id)?.noticeable, id).toBe(true);
    expect(isNoticeable(['records-only'])).toBe(false);
    expect(isNoticeable(['reads-only', 'asks-for-help', 'adds-protection'])).toBe(false);
    expect(isNoticeable(['sends-notice'])).toBe(true);
  });

  it('has a title, one sentence of why and a how-to for every step, and no orphaned text', () => {
    const ids = new Set(Object.values(PLAYBOOK).flatMap((steps) => steps.map((s) => s.id)));
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9_]+$/);
      for (const part of ['title', 'why', 'how']) {
        expect(messages[`step_${id}_${part}`]?.message, `step_${id}_${part}`).toBeTruthy();
      }
      expect(messages[`step_${id}_why`]?.message.trim(), id).toMatch(/^[^.!?]+[.!?]$/);
    }
    const orphans = Object.keys(messages)
      .filter((key) => key.startsWith('step_'))
      .filter((key) => !ids.has(key.replace(/^step_/, '').replace(/_(title|why|how)$/, '')));
    expect(orphans).toEqual([]);
  });
});
