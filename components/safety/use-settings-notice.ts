import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SettingChange } from '@/lib/storage/plan-storage';

type Notice = ComponentType<{ readonly changes: readonly SettingChange[] }>;

/**
 * The notice of settings changed while locked, loaded only when there is one to show (rare: it
 * stays out of the dashboard's first load). Null until it has loaded.
 */
export function useSettingsNotice(needed: boolean): Notice | null {
  const [Notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    if (!needed || Notice) return;
    void import('./settings-changed-notice').then((m) => setNotice(() => m.SettingsChangedNotice));
  }, [needed, Notice]);
  return Notice;
}
