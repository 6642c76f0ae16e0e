import { useEffect, useMemo, useState } from 'preact/hooks';
import { knownWords } from '@/lib/passwords/input';
import { createReuseCheck } from '@/lib/passwords/reuse';
import type { Strength } from '@/lib/passwords/strength';
import { useStrengthClient } from './password-context';

/**
 * How strong `password` is (off the main thread, against the words the other person knows) and
 * whether it was typed here before. Both clear when the field is empty.
 */
export function useStrengthCheck(
  password: string,
  known: string,
  accountWords: readonly string[],
): { readonly strength: Strength | null; readonly reused: boolean } {
  const client = useStrengthClient();
  const reuse = useMemo(() => createReuseCheck(), []);
  const [strength, setStrength] = useState<Strength | null>(null);
  const [reused, setReused] = useState(false);

  useEffect(() => {
    if (!client) return;
    if (!password) {
      setStrength(null);
      setReused(false);
      return;
    }
    let live = true;
    void client.check(password, knownWords(known, accountWords)).then((result) => {
      if (live && result) setStrength(result);
    });
    return () => {
      live = false;
    };
  }, [client, password, known, accountWords]);

  // Reuse: when the person pauses, remember this password by keyed hash and compare.
  useEffect(() => {
    if (!password) return;
    const timer = setTimeout(() => {
      void reuse.seenBefore(password).then(setReused);
    }, 800);
    return () => clearTimeout(timer);
  }, [password, reuse]);

  return { strength, reused };
}
