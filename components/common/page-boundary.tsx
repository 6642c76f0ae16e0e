import { Component, type ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';

interface State {
  readonly failed: boolean;
}

/**
 * One page that throws (a damaged record, a bug) shows what to do instead of a blank screen;
 * the header, help and quick exit around it keep working. Keyed by the route, so moving to
 * another page tries again.
 */
export class PageBoundary extends Component<{ readonly children: ComponentChildren }, State> {
  override state: State = { failed: false };

  static override getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(): void {
    // Nothing is logged: an error's text could hold what the person typed.
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section class="empty" role="alert" aria-labelledby="page-failed-heading">
        <h1 id="page-failed-heading">{t('page_failed_title')}</h1>
        <p>{t('page_failed_body')}</p>
        <div class="form-actions">
          <a class="button" href={routeHash({ name: 'plan' })}>
            {t('page_failed_plan')}
          </a>
          <button type="button" onClick={() => location.reload()}>
            {t('page_failed_reload')}
          </button>
        </div>
      </section>
    );
  }
}
