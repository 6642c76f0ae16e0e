// Runs npm scripts at the same time (`node scripts/side-by-side.mjs check zip`): `check` is
// mostly one core (tsc, eslint, prettier) and so is a build, and CI has two. Each script's output
// is printed whole when it ends, never mixed; the run fails if any failed, naming which.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

/** Runs `npm run <name>`; resolves with its exit code and everything it printed. */
function run(name) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output: Buffer.concat(output) }));
  });
}

const names = process.argv.slice(2);
const started = Date.now();
const results = await Promise.all(
  names.map((name) =>
    run(name).then((result) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`\n> npm run ${name} (${seconds} s, side by side)\n`);
      process.stdout.write(result.output);
      return result;
    }),
  ),
);
const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
if (failed.length) {
  console.error(
    `\n✗ Failed: ${failed.map((name) => `npm run ${name}`).join(', ')} (output above).`,
  );
  process.exit(1);
}
