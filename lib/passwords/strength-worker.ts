/// <reference lib="webworker" />
import { loadDictionaries } from './dictionaries';
import { checkStrength, createChecker } from './strength';
import type { CheckRequest, WorkerReply } from './strength-protocol';

/**
 * Runs strength checks off the page's main thread. Passwords arrive in messages and leave only
 * as a score and feedback keys; nothing is kept after the reply.
 */
const ready = loadDictionaries().then(createChecker);
const reply = (message: WorkerReply) => postMessage(message);

void ready.then(() => reply({ type: 'ready' }));

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id, password, userInputs } = event.data;
  void ready.then((zxcvbn) =>
    reply({ type: 'result', id, strength: checkStrength(zxcvbn, password, userInputs) }),
  );
});
