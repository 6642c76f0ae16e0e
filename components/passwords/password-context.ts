import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { createStrengthClient, type StrengthClient } from '@/lib/passwords/strength-client';

/** Where the checker gets its strength client: the worker in the app, a fake in tests. */
export const StrengthContext = createContext<() => StrengthClient>(() => createStrengthClient());

/** One client for the component's life; the worker stops when the page leaves. */
export function useStrengthClient(): StrengthClient | null {
  const make = useContext(StrengthContext);
  const [client, setClient] = useState<StrengthClient | null>(null);
  useEffect(() => {
    const c = make();
    setClient(c);
    return () => c.close();
  }, [make]);
  return client;
}
