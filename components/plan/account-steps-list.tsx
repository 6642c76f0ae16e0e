import { stepsForAccount } from '@/lib/plan/account-steps';
import { currentStepId } from '@/lib/plan/current-step';
import { firstSittingIndex, leastBeforeStop, sittingStarted } from '@/lib/plan/sitting';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';
import { CarrierChoice } from './carrier-choice';
import { SittingReady } from './sitting-ready';
import { StepItem } from './step-item';
import { useAccountChoices } from './use-account-choices';
import { useFocusOnAdvance } from './use-focus-on-advance';

interface Props {
  readonly account: Account;
  /** The step to open at: the one named by "Go to this step", else the next one. */
  readonly arriveAt: string | undefined;
  readonly nextId: string | undefined;
}

/**
 * The account's steps in order, for its vendor and (phone carrier) whose plan it is. The ready
 * answer is kept with the plan, so a reload or quick exit mid-sitting comes back at its place.
 */
export function AccountStepsList({ account, arriveAt, nextId }: Props) {
  const store = usePlanStore();
  const { choices, update } = useAccountChoices(account.id);
  const decided = store.progress.value.get(account.id);
  const steps = stepsForAccount(account, choices);
  const started = choices?.sitting === 'ready' || sittingStarted(steps, decided);
  const firstSitting = firstSittingIndex(steps);
  const least = leastBeforeStop(steps, decided);
  // One step at a time: the page opens at the step it works on, open whole. Marking it opens the
  // following one and takes the focus there.
  const currentId = currentStepId(steps, decided, nextId);
  const arrive = arriveAt ?? currentId;
  const advanced = useFocusOnAdvance(currentId);
  return (
    <>
      {account.kind === 'phone-carrier' && (
        <CarrierChoice
          value={choices?.planRunBy}
          onChange={(planRunBy) => void update({ planRunBy })}
        />
      )}
      <ol class="steps">
        {steps.map((step, i) => (
          <StepItem
            key={step.id}
            step={step}
            number={i + 1}
            decision={decided?.get(step.id)}
            isNext={nextId === step.id}
            current={currentId === step.id}
            arrive={arrive === step.id}
            site={account.site}
            passwordHref={routeHash({ name: 'password', id: account.id })}
            least={least}
            locked={Boolean(step.sitting) && !started}
            before={
              i === firstSitting &&
              !started && (
                <SittingReady
                  steps={steps}
                  later={choices?.sitting === 'later'}
                  onReady={() => void update({ sitting: 'ready' })}
                  onLater={() => void update({ sitting: 'later' })}
                />
              )
            }
            onSet={(status) => {
              if (step.id === currentId && status !== 'todo') advanced();
              void store.setStepStatus(account.id, step.id, status);
            }}
          />
        ))}
      </ol>
    </>
  );
}
