import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_ROUTES, routeFor } from '@/lib/locked-out/provider-routes';

const messages = JSON.parse(
  readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

describe('the locked-out route per provider', () => {
  it('picks the account’s own provider from its domain', () => {
    expect(routeFor('gmail.com', 'primary-email')?.provider).toBe('google');
    expect(routeFor('icloud.com', 'device-cloud')?.provider).toBe('apple');
    expect(routeFor('outlook.com', 'primary-email')?.provider).toBe('microsoft');
    expect(routeFor('instagram.com', 'social')?.provider).toBe('meta');
    expect(routeFor('facebook.com', 'social')?.provider).toBe('meta');
  });

  it('uses the carrier route for a phone plan, and none for an unknown company', () => {
    expect(routeFor('verizon.com', 'phone-carrier')?.provider).toBe('carrier');
    expect(routeFor(undefined, 'phone-carrier')?.provider).toBe('carrier');
    expect(routeFor('example.org', 'other')).toBeUndefined();
    expect(routeFor(undefined, 'banking')).toBeUndefined();
  });

  it('gives Gmail nothing of Apple or Microsoft, and states Google’s device trade-off', () => {
    const google = routeFor('gmail.com', 'primary-email')!;
    const text = [google.deviceKey!, ...google.expectKeys].map((k) => messages[k]!.message);
    expect(text.join(' ')).not.toMatch(/Apple|Microsoft/);
    expect(messages[google.deviceKey!]!.message).toMatch(/used before/);
  });

  it('tells a Microsoft account how to cancel a change it did not make', () => {
    const keys = routeFor('live.com', 'other-email')!.expectKeys;
    const text = keys.map((k) => messages[k]!.message).join(' ');
    expect(text).toMatch(/30 days/);
    expect(text).toMatch(/If you didn’t request this, let us know/);
  });

  it('names only keys the catalogue has, and only https vendor pages', () => {
    for (const route of PROVIDER_ROUTES) {
      for (const key of [...route.expectKeys, ...(route.deviceKey ? [route.deviceKey] : [])])
        expect(messages[key], key).toBeTruthy();
      if (route.vendorUrl) expect(route.vendorUrl).toMatch(/^https:\/\//);
    }
  });
});
