import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** True when `target` was written after every file of `sourceDir` (the same build). */
function upToDate(sourceDir: string, target: string): boolean {
  if (!existsSync(target)) return false;
  const packedAt = statSync(target).mtimeMs;
  for (const path of filesUnder(sourceDir)) if (statSync(path).mtimeMs > packedAt) return false;
  return true;
}

/**
 * Packs a built extension folder into an .xpi (a plain zip): Firefox installs an unpacked
 * folder only temporarily, and a permanent install (one that survives a restart) needs a file.
 * Each Firefox launch asks for one; a build is packed once, until it is built again.
 */
export function packXpi(sourceDir: string, target: string): string {
  if (upToDate(sourceDir, target)) return target;
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const path of filesUnder(sourceDir)) {
    const name = Buffer.from(relative(sourceDir, path).split(sep).join('/'));
    const data = readFileSync(path);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  mkdirSync(dirname(target), { recursive: true });
  // Written whole, then renamed: a half-written file is never taken for a packed build.
  writeFileSync(`${target}.part`, Buffer.concat([...locals, directory, end]));
  renameSync(`${target}.part`, target);
  return target;
}
