import type { TestApp } from './test-app';

/**
 * How the jurisdiction matrix test exercises one region-bound route. `make` creates a fresh
 * record in the given village (through the services, as a user would) and says how to request
 * it; for a list route `lists` says whether an answer contains the record.
 */
export interface MatrixCase {
  make(t: TestApp, villageCode: string): Promise<{ path: string; body?: object; recordId: string }>;
  lists?: (body: unknown, recordId: string) => boolean;
}

export type MatrixCases = Record<string, MatrixCase>;
