import { useEffect, useState } from 'react';
import { api } from '../../api';

// Inbox items carry region codes; the names come from the (cached, public) region route, once each.
const cache = new Map<string, Promise<string>>();

function nameOf(code: string): Promise<string> {
  let name = cache.get(code);
  if (!name) {
    name = api.get('/api/regions/{code}', { path: { code } }).then(
      (region) => region.name,
      () => {
        cache.delete(code);
        return code;
      },
    );
    cache.set(code, name);
  }
  return name;
}

/** Names of the given region codes, filled in as they arrive. */
export function useRegionNames(codes: readonly string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    let live = true;
    for (const code of key ? key.split(',') : []) {
      void nameOf(code).then((name) => live && setNames((previous) => ({ ...previous, [code]: name })));
    }
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
