// Compile-time checks of the typed client: tsc fails if the generated API types stop constraining calls.
import { api } from '../src/api';
async function probe() {
  const kids = await api.get('/api/regions/{code}/children', { path: { code: '43' } });
  kids[0]?.level satisfies 'province' | 'city' | 'county' | 'town' | 'village' | undefined;
  // @ts-expect-error path parameter is required
  await api.get('/api/regions/{code}/children');
  // @ts-expect-error unknown path
  await api.get('/api/nothing');
  // @ts-expect-error no POST on regions
  await api.post('/api/regions');
  const found = await api.get('/api/regions', { query: { q: '官庄' } });
  found[0]?.path satisfies string | undefined;
}
void probe;
