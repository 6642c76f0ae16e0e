import { describe, expect, it } from 'vitest';
import { readAccountChoices } from '@/lib/plan/account-choices';
import { planBranch, stepsForAccount, vendorOfSite } from '@/lib/plan/account-steps';
import { stepsFor } from '@/lib/plan/playbook';
import { vendorHowFor } from '@/lib/plan/vendor-how';

const carrier = { kind: 'phone-carrier' as const, site: 'verizon.com' };
const ids = (steps: readonly { readonly id: string }[]) => steps.map((s) => s.id);
/** Steps that change the carrier account itself. */
const CHANGES_ACCOUNT = [
  'new_password',
  'carrier_pin',
  'turn_on_mfa',
  'carrier_port_lock',
  'carrier_authorized_users',
  'carrier_call_forwarding',
];

describe('the carrier branch (issue 31 item 4)', () => {
  it('on their plan shows no step that changes their account, only the line split or a new line', () => {
    const theirs = ids(stepsForAccount(carrier, { planRunBy: 'them' }));
    expect(theirs.filter((id) => CHANGES_ACCOUNT.includes(id))).toEqual([]);
    expect(theirs).toContain('carrier_line_split');
    expect(theirs).toContain('carrier_new_line');
    expect(stepsForAccount(carrier, { planRunBy: 'them' }).some((s) => s.sitting)).toBe(false);
  });

  it('asks first while unknown or not sure, and changes nothing meanwhile', () => {
    for (const choices of [undefined, { planRunBy: 'not-sure' as const }]) {
      const steps = ids(stepsForAccount(carrier, choices));
      expect(steps[1]).toBe('carrier_who_owns');
      expect(steps.filter((id) => CHANGES_ACCOUNT.includes(id))).toEqual([]);
    }
  });

  it('on the person own plan keeps the lock steps and drops the line split', () => {
    const mine = ids(stepsForAccount(carrier, { planRunBy: 'me' }));
    expect(mine).toEqual(expect.arrayContaining(CHANGES_ACCOUNT));
    expect(mine).not.toContain('carrier_line_split');
    expect(mine).not.toContain('carrier_who_owns');
  });

  it('keeps every branch in the kind list, so an import accepts progress on any of them', () => {
    const all = ids(stepsFor('phone-carrier'));
    for (const id of ['carrier_who_owns', 'carrier_line_split', 'carrier_new_line', 'carrier_pin'])
      expect(all).toContain(id);
    expect(planBranch('me')).toBe('mine');
    expect(planBranch(undefined)).toBe('ask');
  });

  it('reads the stored choice, refusing a value it does not know', () => {
    expect(readAccountChoices({ accountId: 'a', planRunBy: 'them', updatedAt: 1 })).toEqual({
      accountId: 'a',
      planRunBy: 'them',
      updatedAt: 1,
    });
    expect(readAccountChoices({ accountId: 'a', planRunBy: 'boss', updatedAt: 1 })).toBeNull();
    expect(readAccountChoices({ accountId: 'a', sitting: 'ready', updatedAt: 1, x: 1 })).toEqual({
      accountId: 'a',
      sitting: 'ready',
      updatedAt: 1,
    });
  });
});

describe('only the person own provider (issue 31 item 5)', () => {
  const cloud = (site: string) => ids(stepsForAccount({ kind: 'device-cloud', site }));

  it('an Apple account shows Apple steps and no Google or Microsoft-only ones', () => {
    expect(cloud('icloud.com')).toContain('cloud_safety_check');
    expect(cloud('icloud.com')).not.toContain('backup_codes');
    expect(vendorHowFor({ id: 'sign_out_sessions' }, 'apple')).toEqual([]);
    expect(vendorHowFor({ id: 'cloud_sharing_and_sync' }, 'apple').map((p) => p.vendor)).toEqual([
      'apple',
    ]);
  });

  it('a Google or Microsoft account shows no Apple-only step', () => {
    for (const site of ['gmail.com', 'outlook.com']) {
      expect(cloud(site)).not.toContain('cloud_safety_check');
      expect(cloud(site)).not.toContain('cloud_recovery_contacts');
      expect(cloud(site)).toContain('second_step_methods');
    }
    expect(vendorHowFor({ id: 'cloud_family_sharing' }, 'google').map((p) => p.key)).toEqual([
      'step_cloud_family_sharing_how_google',
    ]);
  });

  it('an unknown site shows every step, and every vendor part (folded on the page)', () => {
    expect(cloud('')).toEqual(ids(stepsFor('device-cloud')));
    expect(
      vendorHowFor({ id: 'cloud_location_and_devices' }, undefined).map((p) => p.vendor),
    ).toEqual(['apple', 'google', 'microsoft']);
  });
});

describe('the vendor a site names', () => {
  it.each([
    ['icloud.com', 'apple'],
    ['https://www.icloud.com/', 'apple'],
    ['appleid.apple.com', 'apple'],
    ['me.com', 'apple'],
    ['mail.google.com', 'google'],
    ['Gmail.com', 'google'],
    ['outlook.com', 'microsoft'],
    ['login.live.com', 'microsoft'],
    ['hotmail.com', 'microsoft'],
    ['account.microsoft.com/security', 'microsoft'],
  ])('%s is %s', (site, vendor) => expect(vendorOfSite(site)).toBe(vendor));

  it.each(['', 'yahoo.com', 'notgoogle.com', 'google.com.evil.example'])(
    '"%s" names no vendor',
    (site) => expect(vendorOfSite(site)).toBeUndefined(),
  );
});
