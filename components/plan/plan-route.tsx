import { PlanPage } from './plan-page';
import { QuickExitExplainer } from '../safety/quick-exit-explainer';

/** The plan: the page most people open, so it is in the dashboard's first download. */
export function PlanRoute() {
  return (
    <>
      <PlanPage />
      <QuickExitExplainer />
    </>
  );
}
