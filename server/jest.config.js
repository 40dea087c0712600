// Nest 12 ships ESM only; jest on Node 20 cannot load ESM, so swc transpiles those packages too.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const swcJs = { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } };

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  // shared/ is plain TypeScript with no runner of its own; its specs run here.
  roots: ['<rootDir>/src', '<rootDir>/../shared/src'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    '^.+\\.m?js$': ['@swc/jest', swcJs],
  },
  // sanitize-html's parser (htmlparser2 12 and its dom* helpers) is ESM only as well.
  transformIgnorePatterns: [
    '^(?!.*/node_modules/(@nestjs|content-disposition|cookie|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/).*/node_modules/',
  ],
  moduleNameMapper: { '^@hulei/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 30000,
};
