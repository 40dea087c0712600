export * from './domain';
export * from './region-code';
export * from './roles';
export * from './pages';
export * from './errors';
export * from './learning';
export * from './checklist';
export * from './care';
export * from './markets';
export * from './reports';
export type { paths as ApiPaths, components as ApiComponents, operations as ApiOperations } from './api-types';

import type { components } from './api-types';
/** Schemas of the API's bodies, by name (e.g. `ApiSchemas['RegionSummaryDto']`). */
export type ApiSchemas = components['schemas'];
