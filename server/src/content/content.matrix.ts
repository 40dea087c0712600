import { ancestorCode, type ContentStatus } from '@hulei/shared';
import type { MatrixCases, MatrixCase } from '../testing/jurisdiction-matrix';
import type { TestApp } from '../testing/test-app';
import { ContentService } from './content.service';

// Written by someone who is none of the matrix's callers, so any of them may review it.
const OTHER_AUTHOR = '00000000-0000-4000-8000-00000000a001';

/** A local lesson owned by the county of the village, in the given status. */
async function countyLesson(t: TestApp, village: string, status: ContentStatus): Promise<string> {
  const item = await t.app.get(ContentService).createItem({
    kind: 'article',
    audience: 'parent',
    title: '本县赶集普法课',
    summary: '矩阵测试用的本地课程',
    bodyHtml: '<p>正文</p>',
    status,
    ownerRegionCode: ancestorCode(village, 'county')!,
    authorAccountId: OTHER_AUTHOR,
  });
  return item.id;
}

function onItem(status: ContentStatus, action: string, body?: object): MatrixCase {
  return {
    make: async (t, village) => {
      const id = await countyLesson(t, village, status);
      return { path: `/api/cadre/content/${id}${action}`, body, recordId: id };
    },
  };
}

const draft = {
  kind: 'article',
  audience: 'parent',
  title: '改过的标题',
  summary: '改过的摘要',
  bodyHtml: '<p>新正文</p>',
};

export const CONTENT_MATRIX: MatrixCases = {
  'GET /api/cadre/content': {
    make: async (t, village) => ({
      path: '/api/cadre/content?pageSize=100',
      recordId: await countyLesson(t, village, 'draft'),
    }),
    lists: (body, id) => (body as { items: Array<{ id: string }> }).items.some((i) => i.id === id),
  },
  'GET /api/cadre/content/:id': onItem('draft', ''),
  'PUT /api/cadre/content/:id': onItem('draft', '', draft),
  'POST /api/cadre/content': {
    make: async (_t, village) => ({
      path: '/api/cadre/content',
      body: { ...draft, ownerRegionCode: ancestorCode(village, 'county') },
      recordId: village,
    }),
  },
  'POST /api/cadre/content/:id/submission': onItem('draft', '/submission'),
  'POST /api/cadre/content/:id/approval': onItem('in_review', '/approval'),
  'POST /api/cadre/content/:id/return': onItem('in_review', '/return', { comment: '请改得更口语一些' }),
  'POST /api/cadre/content/:id/withdrawal': onItem('published', '/withdrawal'),
};
