// Component and unit tests run the H5 flavour of the app in jsdom: Taro's browser APIs, plain React components.
const path = require('node:path');

const taroEsm = [
  '@tarojs',
  '@stencil',
  'lodash-es',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'swiper',
  'ssr-window',
  'dom7',
  'tslib',
];

module.exports = {
  testEnvironment: 'jsdom',
  // Node builds of dependencies (e.g. nanoid): their browser builds are ES modules only.
  testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: ['node', 'node-addons'] },
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/tests/support/setup-env.cjs'],
  transform: {
    '^.+\\.(mjs|cjs|js|jsx|ts|tsx)$': [
      'babel-jest',
      { configFile: path.join(__dirname, 'tests/support/babel.config.jest.cjs') },
    ],
  },
  // Taro ships ES modules; transform them but leave jest, babel and React as they are.
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${taroEsm.join('|')}))`],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/tests/support/taro.cjs',
    '^@tarojs/components$': '<rootDir>/tests/support/components.cjs',
    '^@hulei/shared$': '<rootDir>/../shared/src/index.ts',
    '\\.(css|scss)(\\.js)?$': '<rootDir>/tests/support/style-stub.cjs',
  },
  testTimeout: 15000,
};
