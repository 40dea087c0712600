/** The workbench a cadre's reminder opens (WeChat subscribe messages name a page of the mini-program). */
export const CADRE_WORKBENCH_PAGE = 'packages/cadre/index';
