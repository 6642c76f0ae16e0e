/**
 * The resident memory (RSS) of this bench's browser renderers, and the browser's CPU time, read
 * from /proc (Linux): the browser is the one whose command line loads this worktree's bench copy
 * of the extension; its renderers are its descendants run with `--type=renderer`.
 * ArrayBuffers live outside the JS heap, so the heap alone would miss the bytes a re-seal holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

function processes() {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      const stat = read(`/proc/${pid}/stat`);
      const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      return { pid, ppid, cmd: read(`/proc/${pid}/cmdline`).replaceAll('\0', ' ') };
    });
}

/** The bench browser's processes: the one loading this worktree's bench copy, and its children. */
function ourProcesses() {
  const all = processes();
  const flag = `--load-extension=${resolve('.cache/bench/extension')}`;
  const main = all.find((p) => p.cmd.includes(flag) && !p.cmd.includes('--type='));
  if (!main) return [];
  const ours = new Set([main.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!ours.has(p.pid) && ours.has(p.ppid)) grew = Boolean(ours.add(p.pid));
  }
  return all.filter((p) => ours.has(p.pid));
}

/** The summed RSS of the bench browser's renderers, in bytes (0 when none is found). */
export function rendererRss() {
  let bytes = 0;
  for (const p of ourProcesses()) {
    if (!p.cmd.includes('--type=renderer')) continue;
    const kb = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${p.pid}/status`))?.[1];
    bytes += Number(kb ?? 0) * 1024;
  }
  return bytes;
}

/**
 * The CPU time (user and system) the bench browser's processes have used so far, in seconds.
 * Unlike a duration, it barely moves with the machine's load: what a change saves in work.
 */
export function browserCpuSeconds() {
  const ticks = ourProcesses().map((p) => {
    const stat = read(`/proc/${p.pid}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime
  });
  return ticks.reduce((sum, t) => sum + t, 0) / 100; // USER_HZ: 100 on Linux
}
