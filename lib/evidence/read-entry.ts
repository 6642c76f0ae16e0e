import {
  EVIDENCE_LIMITS,
  type EntryMac,
  type EvidenceEntry,
  type EvidenceFile,
  type EvidenceLinks,
} from './entry';

/**
 * Reads one stored or imported evidence entry: untrusted input, never throws; null when
 * damaged. Values are kept exactly as stored (no date is "made sane"): the digests cover them,
 * so "check this log" judges them, not this reader.
 */

type Raw = Record<string, unknown>;
const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isId = (v: unknown): v is string => isText(v, 200) && v.length > 0;
const isHex = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isWhen = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(v);

function readIds(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length > EVIDENCE_LIMITS.links) return null;
  return raw.every(isId) ? [...(raw as string[])] : null;
}

function readLinks(raw: unknown): EvidenceLinks | null {
  if (!isRaw(raw)) return null;
  const [accounts, devices, findings] = [raw.accounts, raw.devices, raw.findings].map(readIds);
  return accounts && devices && findings ? { accounts, devices, findings } : null;
}

function readFile(raw: unknown): EvidenceFile | null {
  if (!isRaw(raw) || !isId(raw.id) || !isText(raw.name, EVIDENCE_LIMITS.name)) return null;
  if (!isText(raw.type, 200) || !isCount(raw.size) || raw.size > EVIDENCE_LIMITS.fileBytes)
    return null;
  if (!isHex(raw.sha256)) return null;
  return { id: raw.id, name: raw.name, type: raw.type, size: raw.size, sha256: raw.sha256 };
}

function readMac(raw: unknown): EntryMac | null {
  if (!isRaw(raw) || !isText(raw.salt, 200) || !isHex(raw.value)) return null;
  return { salt: raw.salt, value: raw.value };
}

function readFiles(raw: unknown): EvidenceFile[] | null {
  if (!Array.isArray(raw) || raw.length > EVIDENCE_LIMITS.filesPerEntry) return null;
  const files = raw.map(readFile);
  return files.every((f) => f !== null) ? (files as EvidenceFile[]) : null;
}

/** Optional fields: absent, or valid; an invalid one makes the entry null. */
function readOptional(raw: Raw): Partial<EvidenceEntry> | null {
  const out: Record<string, unknown> = {};
  const checks: Record<string, (v: unknown) => unknown> = {
    happenedAt: (v) => (isWhen(v) ? v : null),
    removedAt: (v) => (isCount(v) ? v : null),
    removal: (v) => (isHex(v) ? v : null),
    mac: readMac,
  };
  for (const [field, read] of Object.entries(checks)) {
    if (raw[field] === undefined) continue;
    const value = read(raw[field]);
    if (value === null) return null;
    out[field] = value;
  }
  return out;
}

/** One entry, or null when damaged. */
export function readEvidenceEntry(raw: unknown): EvidenceEntry | null {
  if (!isRaw(raw) || !isId(raw.id) || !isCount(raw.seq) || raw.seq < 1) return null;
  if (!isText(raw.text, EVIDENCE_LIMITS.text) || !isCount(raw.recordedAt)) return null;
  if (!isHex(raw.body) || !isHex(raw.link)) return null;
  const links = readLinks(raw.links);
  const files = readFiles(raw.files);
  const rest = readOptional(raw);
  if (!links || !files || !rest) return null;
  const { id, seq, text, recordedAt, body, link } = raw;
  return { id, seq, text, ...rest, links, files, recordedAt, body, link } as EvidenceEntry;
}
