/**
 * Build time only (node): the directory's entries, compiled from the 2FA Directory and the
 * Passkeys Directory (already checked against their schemas). Links must be https (site-checks).
 */
import { siteHost } from '../directory/host';
import type { CompactEntry, TfaMethod } from '../directory/types';
import { httpsLink, SiteDataError } from './site-checks';

export type Raw = Record<string, Record<string, Record<string, unknown>>>;

const only = <T>(value: unknown): T | undefined => (value === undefined ? undefined : (value as T));
const list = (value: unknown): readonly string[] =>
  Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];

function contactOf(raw: unknown, place: string, deviations: string[]): CompactEntry['ct'] {
  const c = raw as Record<string, string>;
  const form = httpsLink(place, 'contact form', c.form, deviations);
  return {
    ...(c.twitter ? { twitter: c.twitter } : {}),
    ...(c.facebook ? { facebook: c.facebook } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(form ? { form } : {}),
  };
}

/** Every 2FA Directory entry, by its domain. */
function tfaEntries(tfa: Raw, byDomain: Map<string, CompactEntry>, deviations: string[]) {
  for (const [key, wrapped] of Object.entries(tfa)) {
    const [name, e] = Object.entries(wrapped)[0] ?? [];
    if (!name || !e)
      throw new SiteDataError(`2fa-directory/entries.json: entry "${key}" is empty.`);
    const place = `2fa-directory/${key}`;
    const doc = httpsLink(place, 'documentation', e.documentation, deviations);
    const rec = httpsLink(place, 'recovery', e.recovery, deviations);
    const entry: CompactEntry = {
      n: name,
      d: String(e.domain),
      ...(e['additional-domains'] ? { a: list(e['additional-domains']) } : {}),
      c: list(e.categories),
      ...(e.tfa ? { m: e.tfa as TfaMethod[] } : {}),
      ...(e['custom-software'] ? { sw: list(e['custom-software']) } : {}),
      ...(e['custom-hardware'] ? { hw: list(e['custom-hardware']) } : {}),
      ...(doc ? { doc } : {}),
      ...(rec ? { rec } : {}),
      ...(e.notes ? { notes: String(e.notes) } : {}),
      ...(e.contact ? { ct: contactOf(e.contact, place, deviations) } : {}),
    };
    byDomain.set(entry.d, entry);
  }
}

/** Passkey support added to the entry of the same domain, or a new entry where there is none. */
function passkeyEntries(passkeys: Raw, byDomain: Map<string, CompactEntry>, deviations: string[]) {
  for (const [domain, wrapped] of Object.entries(passkeys)) {
    const [name, e] = Object.entries(wrapped)[0] ?? [];
    if (!name || !e)
      throw new SiteDataError(`passkeys-directory/entries.json: entry "${domain}" is empty.`);
    if (!e.mfa && !e.passwordless) continue; // listed only to ask for passkeys
    const place = `passkeys-directory/${domain}`;
    const doc = httpsLink(place, 'documentation', e.documentation, deviations);
    const rec = httpsLink(place, 'recovery', e.recovery, deviations);
    const pk = {
      ...(e.passwordless ? { login: only<'allowed' | 'required'>(e.passwordless) } : {}),
      ...(e.mfa ? { mfa: only<'allowed' | 'required'>(e.mfa) } : {}),
      ...(doc ? { doc } : {}),
    };
    const existing = byDomain.get(domain);
    if (existing) byDomain.set(domain, { ...existing, pk });
    else
      byDomain.set(domain, {
        n: name,
        d: domain,
        ...(e['additional-domains'] ? { a: list(e['additional-domains']) } : {}),
        c: list(e.categories),
        m: [],
        ...(rec ? { rec } : {}),
        ...(e.notes ? { notes: String(e.notes) } : {}),
        pk,
      });
  }
}

/** Registrable domains above each entry's hosts, for "several services under google.com". */
function addRoots(byDomain: Map<string, CompactEntry>) {
  for (const [domain, entry] of byDomain) {
    const roots = new Set<string>();
    for (const host of [entry.d, ...(entry.a ?? [])]) {
      const root = siteHost(host)?.domain;
      if (root && root !== host) roots.add(root);
    }
    if (roots.size) byDomain.set(domain, { ...entry, r: [...roots] });
  }
}

/** The directory's entries, one a domain, sorted by domain. Repaired links go to `deviations`. */
export function compileEntries(tfa: Raw, passkeys: Raw, deviations: string[]): CompactEntry[] {
  const byDomain = new Map<string, CompactEntry>();
  tfaEntries(tfa, byDomain, deviations);
  passkeyEntries(passkeys, byDomain, deviations);
  addRoots(byDomain);
  return [...byDomain.values()].sort((a, b) => a.d.localeCompare(b.d));
}
