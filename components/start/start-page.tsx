import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Answer } from '@/lib/plan/records';
import { ANSWERS } from '@/lib/plan/record-choices';
import { KNOWS_HOW, WORRIES, type StartAnswers, type StartDraft } from '@/lib/start/answers';
import { DangerHelp } from './danger-help';
import { ANSWER_LABELS, KNOWS_LABELS, WORRY_LABELS } from './labels';
import { LivingQuestion } from './living-question';
import { PickList, PickOne } from './pick-list';
import '../assessment/look-first.css';

interface Props {
  /** What was kept before, if anything. */
  readonly kept: StartAnswers | null;
  /** "Planning to leave" held in memory only (not kept), if the person gave it. */
  readonly unkept?: StartAnswers['living'];
  readonly inSession: boolean;
  readonly problem: boolean;
  readonly onSave: (draft: StartDraft) => void;
  readonly onSkip: () => void;
}

/**
 * "Where you are now": a short, skippable start for every person. "In danger right now" is
 * about this moment: it opens help first and is never kept. Sources: lib/start/answers.ts.
 */
export function StartPage({ kept, unkept, inSession, problem, onSave, onSkip }: Props) {
  const [danger, setDanger] = useState<Answer | undefined>(undefined);
  const [draft, setDraft] = useState<StartDraft>({
    worries: kept?.worries ?? [],
    living: kept?.living ?? unkept,
    knows: kept?.knows ?? [],
    keepPlanning: kept?.living === 'planning',
  });
  const change = (next: Partial<StartDraft>) => setDraft({ ...draft, ...next });
  return (
    <section class="start-page stack" aria-labelledby="start-title">
      <h1 id="start-title">{t('start_title')}</h1>
      <p>{t('start_intro')}</p>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(draft);
        }}
      >
        <PickOne
          name="start-danger"
          legend={t('start_q_danger')}
          choices={ANSWERS}
          label={(a) => ANSWER_LABELS[a]}
          value={danger}
          onChange={setDanger}
          skip="look_answer_skip"
        />
        <p class="hint">{t('start_danger_not_kept')}</p>
        {(danger === 'yes' || danger === 'not-sure') && <DangerHelp />}
        {/* Source: https://www.techsafety.ca/resources/toolkits/tech-safety-planning-checklist
            ("Making changes ... may alert the perpetrator ... and can trigger additional abuse")
            and NNEDV's Technology Safety Plan (work with an advocate to plan for safety). */}
        <p class="callout">{t('start_escalation')}</p>
        <PickList
          name="start-worries"
          legend={t('start_q_worries')}
          choices={WORRIES}
          label={(w) => WORRY_LABELS[w]}
          picked={draft.worries}
          onChange={(worries) => change({ worries })}
        />
        <LivingQuestion living={draft.living} keepPlanning={draft.keepPlanning} onChange={change} />
        <PickList
          name="start-knows"
          legend={t('start_q_knows')}
          choices={KNOWS_HOW}
          label={(k) => KNOWS_LABELS[k]}
          picked={draft.knows}
          onChange={(knows) => change({ knows })}
        />
        <p class="muted">{t(inSession ? 'start_kept_session' : 'start_kept')}</p>
        {problem && <p role="alert">{t('start_problem')}</p>}
        <div class="form-actions">
          <button type="submit" class="primary">
            {t('start_save')}
          </button>
          <button type="button" class="link" onClick={onSkip}>
            {t('start_skip')}
          </button>
        </div>
      </form>
    </section>
  );
}
