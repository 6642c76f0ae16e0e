import type { PageProps } from '../common/page-registry';
import { usePlanStore } from '../common/store-context';
import { WelcomePage } from './welcome-page';

/** The safety introduction: read once (or skipped), then the plan. */
export function WelcomeRoute({ router }: PageProps) {
  const store = usePlanStore();
  return (
    <WelcomePage
      onContinue={() => {
        void store.updateSetting('introSeen', true);
        router.go({ name: 'plan' });
      }}
    />
  );
}
