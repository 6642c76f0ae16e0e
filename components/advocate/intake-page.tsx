import { useEffect, useState } from 'preact/hooks';
import { INTAKE_QUESTIONS, type Intake, type IntakeQuestion } from '@/lib/advocate/intake';
import { t, tDynamic } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { browserSessionArea, loadIntake, saveIntake } from '@/lib/storage/session-storage';
import { AnswerChoice } from '../assessment/answer-choice';
import { IntakeAdvice } from './intake-advice';
import { usePlanStore } from '../common/store-context';
import './advocate.css';
import { useShellText } from '../safety/use-shell-text';

const key = (question: IntakeQuestion) => question.replaceAll('-', '_');

/**
 * The questions a clinic asks before anyone touches an account. Every one can be skipped; the
 * answers stay in the session only, and suggest what to add and what to do first.
 */
export function IntakePage() {
  const text = useShellText();
  const store = usePlanStore();
  const area = browserSessionArea();
  const inSession = store.mode === 'session';
  const [intake, setIntake] = useState<Intake | null>(null);
  const [problem, setProblem] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    if (!inSession || !area) return;
    loadIntake(area)
      .then(setIntake)
      .catch(() => setIntake({}));
  }, [inSession]);

  if (!inSession || !area) {
    return (
      <section class="session-page">
        <h1>{t('intake_title')}</h1>
        <p>{t('intake_needs_session')}</p>
        <p>
          <a href={routeHash({ name: 'session' })}>{text('plan_session_start')}</a>
        </p>
      </section>
    );
  }
  if (intake === null) return null;

  const answer = (question: IntakeQuestion, value: Intake[IntakeQuestion]) => {
    // A skipped question is no answer at all, not a stored "skip".
    const others = Object.entries(intake).filter(([q]) => q !== question);
    const next: Intake = Object.fromEntries(
      value === undefined ? others : [...others, [question, value]],
    );
    setIntake(next);
    saveIntake(area, next).then(
      () => setProblem(false),
      () => setProblem(true),
    );
  };

  return (
    <section class="session-page" aria-labelledby="intake-title">
      <h1 id="intake-title">{t('intake_title')}</h1>
      <p>{t('intake_intro')}</p>
      <p>{t('intake_kept')}</p>
      <p>
        <a href={routeHash({ name: 'start' })}>{t('start_title')}</a>
      </p>
      <form class="stack" onSubmit={(e) => e.preventDefault()}>
        {INTAKE_QUESTIONS.map((question) => (
          <AnswerChoice
            key={question}
            name={`intake-${question}`}
            legend={tDynamic(`intake_q_${key(question)}`)}
            value={intake[question]}
            onChange={(value) => answer(question, value)}
          />
        ))}
      </form>
      {problem && <p role="alert">{t('intake_problem')}</p>}
      <IntakeAdvice intake={intake} added={added} onAdded={setAdded} />
      <p>
        <a href={routeHash({ name: 'plan' })}>{t('intake_to_plan')}</a>
      </p>
    </section>
  );
}
