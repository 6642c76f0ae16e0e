import { createHashRouter } from '@/lib/state/router';

// Quick exit must leave no trail: a restored tab's Back button may not walk through the plan.
describe('the hash router', () => {
  let routers: ReturnType<typeof createHashRouter>[] = [];
  const createRouter = (...args: Parameters<typeof createHashRouter>) => {
    const router = createHashRouter(...args);
    routers.push(router);
    return router;
  };
  beforeEach(() => window.history.replaceState(null, '', '#/plan'));
  afterEach(() => {
    routers.forEach((router) => router.stop());
    routers = [];
  });

  it('moves between pages without adding history entries', () => {
    const router = createRouter(window);
    const before = window.history.length;
    router.go({ name: 'help' });
    router.go({ name: 'account', id: 'a1' });
    expect(window.location.hash).toBe('#/account/a1');
    expect(router.route.value).toEqual({ name: 'account', id: 'a1' });
    expect(window.history.length).toBe(before);
  });

  it('takes over in-page links the same way', () => {
    const router = createRouter(window);
    const link = document.createElement('a');
    link.href = '#/data';
    link.textContent = 'Safety & data';
    document.body.append(link);
    const before = window.history.length;
    link.click();
    expect(router.route.value).toEqual({ name: 'data' });
    expect(window.location.hash).toBe('#/data');
    expect(window.history.length).toBe(before);
    link.remove();
  });

  it('leaves links with a modifier key and plain anchors to the browser', () => {
    const router = createRouter(window);
    const skip = document.createElement('a');
    skip.href = '#main';
    document.body.append(skip);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    skip.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(router.route.value).toEqual({ name: 'plan' });
    skip.remove();
  });

  it('can open on a page the address does not name', () => {
    const router = createRouter(window, { name: 'add', site: 'gmail.com' });
    expect(router.route.value).toEqual({ name: 'add', site: 'gmail.com' });
    expect(window.location.hash).toBe('#/plan');
  });
});
