export * from './domain';
export * from './region-code';
export * from './errors';
