import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import {
  NOTICEABLE_EFFECTS,
  PLAYBOOK,
  RETIRED_STEP_IDS,
  SITTING_ORDER,
  isNoticeable,
  stepsFor,
} from '@/lib/plan/playbook';

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

  it('documents first in every kind', () => {
    for (const kind of ACCOUNT_KINDS) {
      const first = stepsFor(kind)[0]!;
      expect(first.id, kind).toMatch(/document/);
      expect(first.effects, kind).toEqual(['records-only']);
    }
  });

  it('keeps one order and one sitting in every kind (GUIDANCE §2)', () => {
    for (const kind of ACCOUNT_KINDS) {
      const steps = stepsFor(kind);
      const sitting = steps.flatMap((s, i) => (s.sitting ? [i] : []));
      // The sitting is one unbroken run…
      expect(sitting.length, kind).toBeGreaterThanOrEqual(2);
      expect(sitting.at(-1)! - sitting[0]! + 1, kind).toBe(sitting.length);
      // …in the order new password → recovery and second steps → sign out → two-step…
      const parts = sitting.map((i) => SITTING_ORDER.indexOf(steps[i]!.sitting!));
      expect(parts, kind).toEqual([...parts].sort((a, b) => a - b));
      // …that starts with removing mail rules (email) or the new password, and ends with the
      // strongest two-step method (issue 31).
      const firstRole = kind.endsWith('email') ? undefined : 'change-password';
      expect(steps[sitting[0]!]!.role, kind).toBe(firstRole);
      expect(steps[sitting.at(-1)!]!.role, kind).toBe('mfa');
      for (const s of steps.filter((x) => x.role))
        expect(s.sitting, `${kind} ${s.id}`).toBeTruthy();
      // Recovery details come before signing out wherever a kind has both.
      const firstSignOut = parts.indexOf(SITTING_ORDER.indexOf('sign-out'));
      const lastRecovery = parts.lastIndexOf(SITTING_ORDER.indexOf('recovery'));
      if (firstSignOut >= 0 && lastRecovery >= 0)
        expect(lastRecovery, kind).toBeLessThan(firstSignOut);
      // Email: the mail rules are removed first inside the sitting, not before it.
      const rules = steps.findIndex((s) => s.id === 'email_forwarding');
      if (kind.endsWith('email')) expect(rules, kind).toBe(sitting[0]);
      // The check of what syncs comes right before the sitting, and changes nothing.
      expect(steps[sitting[0]! - 1]!.id, kind).toBe('sync_check');
      expect(steps[sitting[0]! - 1]!.noticeable, kind).toBe(false);
      // Document first, before anything changes.
      expect(
        steps.slice(0, sitting[0]).filter((s) => s.id === 'document_first'),
        kind,
      ).toHaveLength(1);
    }
  });

  it('never drops a step id that progress may hold (ids are stored identities)', () => {
    // Every id the playbook has ever shipped. Add new ids here; remove one only by moving it
    // to RETIRED_STEP_IDS with a storage migration.
    const shipped = [
      'document_first',
      'new_password',
      'sign_out_sessions',
      'turn_on_mfa',
      'recovery_info',
      'remove_trusted_devices',
      'connected_apps',
      'backup_codes',
      'email_forwarding',
      'email_delegates',
      'carrier_pin',
      'carrier_port_lock',
      'carrier_authorized_users',
      'carrier_call_forwarding',
      'cloud_location_sharing',
      'cloud_family_sharing',
      'cloud_shared_content',
      'cloud_find_my',
      'cloud_backups',
      'bank_contact_details',
      'bank_authorized_users',
      'bank_payees',
      'bank_alerts',
      'bank_phone_password',
      'social_linked_devices',
      'social_privacy',
      'social_block_or_restrict',
      'work_tell_it',
      'work_personal_devices',
      'shop_addresses',
      'shop_payment_cards',
      'shop_household',
      'carrier_sim_pin',
      'carrier_family_locator',
      'bank_payment_apps',
      'sync_check',
      'cloud_location_and_devices',
      'cloud_sharing_and_sync',
    ];
    const live = new Set(allSteps.map((s) => s.id));
    for (const id of shipped) expect(live.has(id) || RETIRED_STEP_IDS.includes(id), id).toBe(true);
    for (const id of RETIRED_STEP_IDS) expect(live.has(id), id).toBe(false);
    // A step keeps the kinds it had: progress on it stays valid for those accounts.
    const before: Record<string, readonly string[]> = {
      'primary-email': [
        'new_password',
        'email_delegates',
        'backup_codes',
        'remove_trusted_devices',
      ],
      'phone-carrier': [
        'carrier_pin',
        'carrier_port_lock',
        'carrier_authorized_users',
        'carrier_call_forwarding',
      ],
      // Merged (issue 31): their marks count for the steps that replaced them.
      'device-cloud': ['cloud_location_and_devices', 'cloud_sharing_and_sync', 'backup_codes'],
      banking: ['bank_contact_details', 'bank_payees', 'bank_alerts', 'bank_phone_password'],
      social: ['social_linked_devices', 'social_privacy', 'social_block_or_restrict'],
      'other-email': ['email_forwarding', 'connected_apps'],
      work: ['work_tell_it', 'work_personal_devices', 'sign_out_sessions'],
      shopping: ['shop_addresses', 'shop_payment_cards', 'shop_household'],
      other: ['recovery_info', 'connected_apps'],
    };
    for (const [kind, ids] of Object.entries(before)) {
      const have = stepsFor(kind as (typeof ACCOUNT_KINDS)[number]).map((s) => s.id);
      for (const id of ids) expect(have, `${kind} ${id}`).toContain(id);
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
      'cloud_location_and_devices',
      'cloud_sharing_and_sync',
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
      .filter(
        (key) =>
          !ids.has(
            key.replace(/^step_/, '').replace(/_(title|why|how(_apple|_google|_microsoft)?)$/, ''),
          ),
      );
    expect(orphans).toEqual([]);
  });
});
