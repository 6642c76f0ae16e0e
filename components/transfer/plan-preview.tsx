import { t, tDynamic, type MessageKey } from '@/lib/i18n';
import type { DecisionChoice, RecordType } from '@/lib/plan/records';
import type { PlanData } from '@/lib/storage/plan-storage';
import { diffPlans, type PlanChange } from '@/lib/transfer/plan-diff';
import { kindLabel, statusLabel } from '@/lib/ui/labels';

/** More than this many changes: the rest are counted, so a big file does not fill the page. */
const SHOWN = 60;

const CHOICES: Record<DecisionChoice, MessageKey> = {
  'change-now': 'decide_change_now',
  later: 'decide_later',
  'leave-it': 'decide_leave_it',
};

const RECORDS: Partial<Record<RecordType, MessageKey>> = {
  assessment: 'xfer_change_records_assessment',
  'phone-line': 'xfer_change_records_phone_line',
  finding: 'xfer_change_records_finding',
  'device-check': 'xfer_change_records_device_check',
  note: 'xfer_change_records_note',
  'check-up': 'xfer_change_records_check_up',
  device: 'xfer_change_records_device',
};

const site = (text: string) => text || t('xfer_change_no_site');
const step = (id: string) => tDynamic(`step_${id}_title`);

/** One change in words. */
function changeText(change: PlanChange): string {
  switch (change.type) {
    case 'help-line':
      return t('xfer_change_help_line', [change.to.name, change.to.phone]);
    case 'account-added':
      return change.site
        ? t('xfer_change_added_site', [change.name, kindLabel(change.kind), change.site])
        : t('xfer_change_added', [change.name, kindLabel(change.kind)]);
    case 'account-removed':
      return t('xfer_change_removed', change.name);
    case 'name-changed':
      return t('xfer_change_name', [change.from, change.to]);
    case 'site-changed':
      return t('xfer_change_site', [change.name, site(change.from), site(change.to)]);
    case 'kind-changed':
      return t('xfer_change_kind', [change.name, kindLabel(change.from), kindLabel(change.to)]);
    case 'decision':
      return t('xfer_change_decision', [change.name, t(CHOICES[change.choice])]);
    case 'step-marked':
      return t('xfer_change_step', [change.name, step(change.stepId), statusLabel(change.status)]);
    case 'step-cleared':
      return t('xfer_change_step_cleared', [change.name, step(change.stepId)]);
    case 'records': {
      const key = RECORDS[change.recordType];
      return key ? t(key, String(change.count)) : '';
    }
  }
}

/** Changes that a planted file would use to send the person somewhere else. */
const needsCare = (change: PlanChange) =>
  change.type === 'site-changed' || change.type === 'kind-changed' || change.type === 'help-line';

/**
 * What a change to the saved plan will do, before it is made: used by import (merge or replace)
 * and by the end of an advocate session. `before` is the saved plan, `after` what it would be.
 */
export function PlanPreview({
  before,
  after,
  id,
  level,
}: {
  before: PlanData;
  after: PlanData;
  id: string;
  /** The heading's level: one below the section it is in. */
  level: 3 | 4;
}) {
  const changes = diffPlans(before, after);
  const more = changes.length - SHOWN;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={id} class="plan-preview">
      <Heading id={id}>{t('xfer_preview_title')}</Heading>
      {changes.length === 0 ? (
        <p>{t('xfer_preview_none')}</p>
      ) : (
        <ul>
          {changes.slice(0, SHOWN).map((change, i) => (
            <li key={i} class={needsCare(change) ? 'warning' : undefined}>
              {needsCare(change) && <strong>{t('xfer_change_check')} </strong>}
              {changeText(change)}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p>{t('xfer_preview_more', String(more))}</p>}
    </section>
  );
}
