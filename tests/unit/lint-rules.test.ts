import { ESLint } from 'eslint';

// The rules that keep Lockstep's promises must really catch what they promise to catch.
const eslint = new ESLint({ cwd: process.cwd() });
const problems = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: 'components/example.tsx' });
  return (result?.messages ?? []).map((m) => m.message);
};

describe('the form-field rule', () => {
  it('refuses a field the browser could save or restore', async () => {
    for (const field of ['<input id="a" />', '<textarea id="a" />', '<select id="a" />'])
      expect((await problems(`export const A = () => ${field};`)).join()).toContain(
        'autocomplete="off"',
      );
    expect(
      (await problems('export const A = () => <input autoComplete="new-password" />;')).join(),
    ).toContain('autocomplete="off"');
  });

  it('accepts a field that says autocomplete="off", in either spelling', async () => {
    expect(await problems('export const A = () => <input autocomplete="off" />;')).toEqual([]);
    expect(await problems('export const A = () => <textarea autoComplete="off" />;')).toEqual([]);
  });
});

describe('the one-permission-owner rule', () => {
  it('refuses asking for or giving back a permission anywhere but the owner', async () => {
    for (const call of ['request', 'remove'])
      expect(
        (await problems(`browser.permissions.${call}({ permissions: ['history'] });`)).join(),
      ).toContain('lib/browser/permissions.ts');
    expect(
      await problems("void browser.permissions.contains({ permissions: ['history'] });"),
    ).toEqual([]);
  });

  it('lets the owner do it', async () => {
    const [result] = await eslint.lintText(
      "export const a = () => browser.permissions.request({ permissions: ['history'] });",
      { filePath: 'lib/browser/permissions.ts' },
    );
    expect(result?.messages.map((m) => m.message)).toEqual([]);
  });
});
