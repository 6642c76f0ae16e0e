// `npm test` starts here (and `npm run setup:browsers` runs it on purpose): finds Chromium,
// Firefox ESR and pdftotext for the real-browser suites. On Debian as root it installs what is
// missing with apt (the packages .ci/run installs) and says so; elsewhere it stops once, before
// any suite, with the command for this system. `--dry-run` says what it would install, and
// does not. Never sudo, never a browser download.
import { spawnSync } from 'node:child_process';
import { find, TOOLS } from './browsers.mjs';
import { installPlan } from './install-plan.mjs';
import { realSystem } from './system.mjs';

const dryRun = process.argv.includes('--dry-run');
const sys = realSystem();
const lookAll = () => Object.keys(TOOLS).map((tool) => ({ tool, ...find(sys, tool) }));

function stop(missing, command) {
  const lines = missing.map(({ tool, missing: why }) => `  - ${TOOLS[tool].name}: ${why}`);
  console.error(
    [
      'The real-browser tests need tools this machine does not have:',
      ...lines,
      '',
      'Install them with:',
      '',
      ...command.split('\n').map((line) => `  ${line}`),
      '',
      'then run `npm test` again. (A browser elsewhere: set CHROMIUM_PATH or FIREFOX_PATH.)',
    ].join('\n'),
  );
  process.exit(1);
}

let results = lookAll();
let missing = results.filter((r) => r.missing);
if (missing.length) {
  const plan = installPlan(
    sys,
    missing.map((r) => r.tool),
  );
  if (!plan.auto || dryRun) {
    if (plan.auto)
      console.error(`preflight (dry run): as root on Debian it would run: ${plan.command}`);
    stop(missing, plan.command);
  }
  console.error(`preflight: installing with apt, as .ci/run does: ${plan.command}`);
  const ran = spawnSync('sh', ['-c', plan.command], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  results = lookAll();
  missing = results.filter((r) => r.missing);
  if (ran.status !== 0 || missing.length) stop(missing, plan.command);
}
const summary = results.map((r) => `${TOOLS[r.tool].name} ${r.path}`).join(', ');
console.error(`preflight: ${summary}`);
