import type { DeviceRecord } from '../device/device-record';
import type { Edge, Via } from './reach';

/**
 * The ways in that go through a device (issue 30), pure. From the other person to a device:
 * they know (or may know) its passcode, they hold it, they share the Apple or Google account it
 * is signed in to, or they organize its family group. From a device: the phone line whose codes
 * it gets, and the accounts signed in on it.
 */

export const deviceNode = (id: string): string => `d:${id}`;

/** The other person's ways to a device, from its answers. */
const TO_DEVICE: readonly [(d: DeviceRecord) => boolean, Via][] = [
  [(d) => d.passcodeKnown === 'yes' || d.passcodeKnown === 'maybe', 'knows-passcode'],
  [(d) => d.holder === 'them' || d.holder === 'both', 'holds-device'],
  [(d) => d.sharedAccount === 'shared', 'shares-device-account'],
  [(d) => d.sharedAccount === 'family-them', 'family-organizer'],
];

/** A device whose answers leave a way to it unknown ("not sure"). */
export const deviceIsUnsure = (d: DeviceRecord): boolean =>
  d.passcodeKnown === 'not-sure' || d.holder === 'not-sure' || d.sharedAccount === 'not-sure';

/**
 * The device edges the answers give. Links to accounts or lines no longer in the plan are left
 * out; `them` is the other person's node.
 */
export function deviceEdges(
  devices: readonly DeviceRecord[],
  accountIds: ReadonlySet<string>,
  lineIds: ReadonlySet<string>,
  them: string,
): Edge[] {
  const edges: Edge[] = [];
  for (const device of devices) {
    const node = deviceNode(device.id);
    for (const [applies, via] of TO_DEVICE)
      if (applies(device)) edges.push({ from: them, to: node, via });
    if (device.lineId && lineIds.has(device.lineId))
      edges.push({ from: node, to: `l:${device.lineId}`, via: 'device-gets-texts' });
    for (const id of device.signedInIds)
      if (accountIds.has(id)) edges.push({ from: node, to: `a:${id}`, via: 'signed-in-on' });
  }
  return edges;
}

/**
 * Accounts a device with "not sure" answers can get into, directly or through the line it gets:
 * who can still get in to those is not known yet.
 */
export function accountsBehindUnsureDevices(
  devices: readonly DeviceRecord[],
  edges: readonly Edge[],
): Set<string> {
  const unsure = new Set(devices.filter(deviceIsUnsure).map((d) => deviceNode(d.id)));
  const reached = new Set<string>();
  if (unsure.size === 0) return reached;
  const linesOf = new Set<string>();
  for (const e of edges) if (unsure.has(e.from) && e.to.startsWith('l:')) linesOf.add(e.to);
  for (const e of edges) {
    if (!e.to.startsWith('a:')) continue;
    if (unsure.has(e.from) || (linesOf.has(e.from) && e.via === 'recovery-phone'))
      reached.add(e.to.slice(2));
  }
  return reached;
}
