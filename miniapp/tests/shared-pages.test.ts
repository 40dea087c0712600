import { CADRE_WORKBENCH_PAGE, MARKET_LANDING_PAGE } from '@hulei/shared';
import { MAIN_PAGES, ROUTES, SUBPACKAGES } from '../src/routes';

// The server names these pages in WeChat reminders and in market QR codes: they must exist here
// (app.config.ts builds its page list from the same MAIN_PAGES and SUBPACKAGES).
describe('pages the server links to', () => {
  const pages: string[] = [
    ...Object.values(MAIN_PAGES),
    ...Object.values(SUBPACKAGES).flatMap(({ root, pages: inside }) => inside.map((page) => `${root}/${page}`)),
  ];

  it('include the workbench a reminder opens', () => {
    expect(ROUTES.cadre).toBe(`/${CADRE_WORKBENCH_PAGE}`);
    expect(pages).toContain(CADRE_WORKBENCH_PAGE);
  });

  it('include the market landing a QR code opens', () => {
    expect(pages).toContain(MARKET_LANDING_PAGE);
  });
});
