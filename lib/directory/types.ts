/** The compiled directory, as the build emits it (compact keys keep it small). */
export interface CompiledDirectory {
  /** Where each bundled source came from: shown as "directory as of <date>". */
  readonly sources: readonly SourceStamp[];
  /** Category id → its title. */
  readonly categories: Readonly<Record<string, string>>;
  readonly entries: readonly CompactEntry[];
}

export interface SourceStamp {
  readonly name: string;
  readonly commit: string;
  /** ISO date (YYYY-MM-DD) of the upstream commit. */
  readonly date: string;
}

/** 2FA methods as the 2FA Directory names them. */
export type TfaMethod =
  'sms' | 'call' | 'email' | 'u2f' | 'totp' | 'custom-software' | 'custom-hardware';

export interface CompactEntry {
  /** Display name. */
  readonly n: string;
  /** Main domain (may be a subdomain such as mail.google.com, or a public suffix such as gov.uk). */
  readonly d: string;
  /** Additional domains where the same login lives. */
  readonly a?: readonly string[];
  /** Registrable domains above its hosts (mail.google.com → google.com), computed at build
   * time so the page never parses thousands of hostnames to build its index. */
  readonly r?: readonly string[];
  /** Category ids. */
  readonly c: readonly string[];
  /** 2FA methods; absent when the site is listed without 2FA. */
  readonly m?: readonly TfaMethod[];
  /** Names of the vendor's own apps / hardware. */
  readonly sw?: readonly string[];
  readonly hw?: readonly string[];
  /** Guide to turn on 2FA, recovery guide, notes. */
  readonly doc?: string;
  readonly rec?: string;
  readonly notes?: string;
  /** How to ask for 2FA when there is none. */
  readonly ct?: Readonly<{ twitter?: string; facebook?: string; email?: string; form?: string }>;
  /** Passkeys: as a sign-in without password, as a second factor, and its guide. */
  readonly pk?: Readonly<{
    login?: 'allowed' | 'required';
    mfa?: 'allowed' | 'required';
    doc?: string;
  }>;
}

/** Change-password pages, password rules and shared logins, by host. */
export interface CompiledSiteRules {
  readonly changePassword: Readonly<Record<string, string>>;
  readonly passwordRules: Readonly<Record<string, string>>;
  /** Groups of hosts that share one login. */
  readonly shared: readonly (readonly string[])[];
}
