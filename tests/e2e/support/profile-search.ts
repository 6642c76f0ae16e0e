import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ProfileHit {
  readonly canary: string;
  readonly file: string;
  readonly encoding: 'latin1' | 'utf16le';
}

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) yield* filesUnder(path);
    else if (stat.isFile()) yield path;
  }
}

/**
 * Searches every file of a (closed) browser profile for canary strings, as someone holding the
 * profile's files would: as one-byte text (UTF-8 and latin1 agree for ASCII canaries) and as
 * UTF-16LE (how V8 and Chrome's session files keep some strings).
 */
export function searchProfile(profile: string, canaries: readonly string[]): ProfileHit[] {
  const needles = canaries.flatMap((canary) =>
    (['latin1', 'utf16le'] as const).map((encoding) => ({
      canary,
      encoding,
      bytes: Buffer.from(canary, encoding),
    })),
  );
  const hits: ProfileHit[] = [];
  for (const path of filesUnder(profile)) {
    const data = readFileSync(path);
    for (const { canary, encoding, bytes } of needles)
      if (data.includes(bytes)) hits.push({ canary, file: relative(profile, path), encoding });
  }
  return hits;
}
