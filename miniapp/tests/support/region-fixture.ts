import type { Handler, Reply } from './fake-api-server';

// A slice of the demo data (怀化市, 沅陵县, 官庄镇) with the API's shapes and Chinese names.
const TREE: Record<string, { code: string; name: string; level: string }[]> = {
  '': [{ code: '43', name: '湖南省', level: 'province' }],
  '43': [{ code: '4312', name: '怀化市', level: 'city' }],
  '4312': [
    { code: '431202', name: '鹤城区', level: 'county' },
    { code: '431222', name: '沅陵县', level: 'county' },
  ],
  '431222': [
    { code: '431222100', name: '沅陵镇', level: 'town' },
    { code: '431222114', name: '官庄镇', level: 'town' },
  ],
  '431222114': [
    { code: '431222114200', name: '太平铺村', level: 'village' },
    { code: '431222114203', name: '海沙坪村', level: 'village' },
  ],
};
const PATHS: Record<string, string> = { '43': '', '4312': '湖南省', '431222': '湖南省 怀化市' };

function pathOf(code: string): string {
  const parents = ['43', '4312', '431222', '431222114'].filter((p) => code.startsWith(p) && p !== code);
  const names = parents.map(
    (p) =>
      Object.values(TREE)
        .flat()
        .find((r) => r.code === p)?.name ?? '',
  );
  return PATHS[code] ?? names.join(' ');
}

/** Answers GET /api/regions, /api/regions/{code}/children and the name search like the server. */
export const regionApi: Handler = ({ method, url }): Reply => {
  const { pathname, searchParams } = new URL(url, 'http://fixture');
  if (method !== 'GET') return { status: 404 };
  if (pathname === '/api/regions') {
    const q = searchParams.get('q');
    if (q === null) return { status: 200, body: TREE[''].map((r) => ({ ...r, path: '' })) };
    const under = searchParams.get('under') ?? '';
    const hits = Object.values(TREE)
      .flat()
      .filter((r) => (r.name.includes(q) || r.code === q) && r.code.startsWith(under))
      .map((r) => ({ ...r, path: pathOf(r.code) }));
    return { status: 200, body: hits };
  }
  const children = /^\/api\/regions\/(\d+)\/children$/.exec(pathname);
  if (children) return { status: 200, body: TREE[children[1]] ?? [] };
  return { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: '不存在' } };
};
