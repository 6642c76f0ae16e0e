import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { isOne } from '@/lib/ui/plural';
import type { Thing } from '@/lib/start/three-things';
import { useDiscreet } from '../safety/use-shell-text';

const ACCOUNT_WHY = {
  location: 'things_why_location',
  'way-in': 'things_why_way_in',
  'resets-others': 'things_why_resets',
  'next-in-order': 'things_why_next',
} as const;

/**
 * One of the three things: what to do, as a link, and one line of why. Never a verdict. In
 * discreet mode the why is left out: it repeats the person's answers ("you worry about being
 * found") to anyone who glances at the screen.
 */
export function ThingItem({ thing, name }: { readonly thing: Thing; readonly name: string }) {
  const discreet = useDiscreet();
  const [href, plainWhat, why] = describe(thing, name);
  const what = discreet && thing.kind === 'impersonation' ? t('imp_link_discreet') : plainWhat;
  return (
    <li>
      <a href={href}>{what}</a>
      {!discreet && (
        <>
          <br />
          <span class="muted">{why}</span>
        </>
      )}
    </li>
  );
}

function describe(thing: Thing, name: string): [href: string, what: string, why: string] {
  switch (thing.kind) {
    case 'device':
      return [routeHash({ name: 'device' }), t('things_device'), t('things_device_why')];
    case 'document':
      return [routeHash({ name: 'evidence' }), t('things_document'), t('things_document_why')];
    case 'advocate':
      // Source: techsafety.ca, Tech Safety Planning Checklist ("Making changes ... can trigger
      // additional abuse"); NNEDV's Technology Safety Plan (plan for safety with an advocate).
      return [routeHash({ name: 'help' }), t('things_advocate'), t('start_escalation')];
    case 'impersonation':
      return [routeHash({ name: 'impersonation' }), t('imp_link'), t('things_impersonation_why')];
    case 'add-location':
      return [routeHash({ name: 'add' }), t('things_add_location'), t('things_add_location_why')];
    case 'account': {
      const count = thing.count ?? 0;
      const why =
        thing.why === 'resets-others' && isOne(count)
          ? t('things_why_resets_one')
          : t(ACCOUNT_WHY[thing.why], String(count));
      return [routeHash({ name: 'account', id: thing.id }), name, why];
    }
  }
}
