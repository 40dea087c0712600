// The routes to fuzz, read from the committed OpenAPI document (CI keeps it equal to the code):
// method, path, parameters and the request body's schema with every $ref resolved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverDir } from './stack.mjs';

export function loadOperations() {
  const document = JSON.parse(readFileSync(join(serverDir, 'openapi.json'), 'utf8'));
  const resolve = (schema, depth = 0) => {
    if (!schema || depth > 12) return schema;
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()], depth + 1);
    if (schema.allOf?.length === 1) return resolve({ ...schema.allOf[0], ...schema, allOf: undefined }, depth + 1);
    const out = { ...schema };
    if (out.properties)
      out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, resolve(v, depth + 1)]));
    if (out.items) out.items = resolve(out.items, depth + 1);
    return out;
  };
  const operations = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      const json = content['application/json'];
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        cadre: Boolean(op.security?.length),
        params: (op.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) })),
        body: json ? resolve(json.schema) : null,
        bodyType: Object.keys(content)[0] ?? null,
      });
    }
  }
  return operations;
}

/** A plausible value for a schema: the first enum value, an example, or the simplest of its type. */
export function sample(schema, name = '') {
  if (!schema) return 'x';
  if (schema.enum) return schema.enum[0];
  if (schema.example !== undefined && !Array.isArray(schema.example)) return schema.example;
  switch (schema.type) {
    case 'object': {
      const out = {};
      for (const [key, value] of Object.entries(schema.properties ?? {})) out[key] = sample(value, key);
      return out;
    }
    case 'array':
      return schema.example ?? [sample(schema.items, name)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    default:
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'date-time') return new Date().toISOString();
      if (/phone/i.test(name)) return '13912345678';
      if (/regionCode|villageCode/.test(name)) return '431222114200';
      return schema.minLength ? 'x'.repeat(schema.minLength) : '测试';
  }
}
