import type { MessageKey } from '../i18n';
import type { Cycle } from './order';
import type { Edge, Reach, Via } from './reach';

/** `t` from lib/i18n.ts, passed in so this stays pure. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export interface Names {
  readonly account: (id: string) => string;
  readonly line: (id: string) => string;
  /** A device record's label; devices appear only where the plan has them. */
  readonly device?: (id: string) => string;
}

/** Each way in, as a clause: [message, who or what comes first, then second]. */
const HOPS: { readonly [V in Via]: MessageKey } = {
  'knows-password': 'reach_hop_knows_password',
  'holds-passkey': 'reach_hop_holds_passkey',
  shared: 'reach_hop_shared',
  'security-questions': 'reach_hop_security_questions',
  'unknown-device': 'reach_hop_unknown_device',
  'reaches-recovery-email': 'reach_hop_reaches_recovery_email',
  'their-plan': 'reach_hop_their_plan',
  'recovery-email': 'reach_hop_recovery_email',
  'recovery-phone': 'reach_hop_recovery_phone',
  'sign-in-with': 'reach_hop_sign_in_with',
  'controls-line': 'reach_hop_controls_line',
  'knows-passcode': 'reach_hop_knows_passcode',
  'holds-device': 'reach_hop_holds_device',
  'shares-device-account': 'reach_hop_shares_device_account',
  'family-organizer': 'reach_hop_family_organizer',
  'device-gets-texts': 'reach_hop_device_gets_texts',
  'signed-in-on': 'reach_hop_signed_in_on',
};

function nameOf(node: string, names: Names): string {
  const id = node.slice(2);
  if (node.startsWith('a:')) return names.account(id);
  return node.startsWith('d:') ? (names.device?.(id) ?? '') : names.line(id);
}

/** One edge as a clause: "Gmail is the recovery email of Chase". */
export function hopText(edge: Edge, names: Names, t: Translate): string {
  const to = nameOf(edge.to, names);
  return edge.from === 'them'
    ? t(HOPS[edge.via], to)
    : t(HOPS[edge.via], [nameOf(edge.from, names), to]);
}

/** Each way in, as a clause: "they may know the password of Gmail". */
export function wayTexts(reach: Reach, names: Names, t: Translate): string[] {
  if (reach.state !== 'path') return [];
  return reach.ways.map((way) => way.map((edge) => hopText(edge, names, t)).join(t('reach_then')));
}

/**
 * One plain sentence for an account's reach (every way in, when the answers give several): "They may still get in: your line “My cell” is on
 * their phone plan or a shared one, then “My cell” gets the codes for Gmail." Never "safe".
 */
export function reachText(reach: Reach, names: Names, t: Translate): string {
  switch (reach.state) {
    case 'path': {
      const ways = wayTexts(reach, names, t);
      return ways.length === 1
        ? t('reach_path', ways)
        : `${t('reach_paths_lead', String(ways.length))} ${ways.join('; ')}.`;
    }
    case 'unknown':
      if (reach.open.length > 0 && reach.open.every((q) => q === 'device'))
        return t('reach_unknown_device');
      return reach.open.length
        ? t('reach_unknown')
        : t('reach_unknown_through', reach.through.map(names.account).join(', '));
    case 'none-found':
      return t('reach_none_found');
  }
}

/** "Gmail and Outlook can each reset the other…" */
export function cycleText(cycle: Cycle, t: Translate): string {
  return t('reach_cycle', cycle.map((a) => a.name).join(', '));
}
