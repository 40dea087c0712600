// WeChat's own tools on the built dist/weapp: its compiler and code-quality checks, and its simulator.
const path = require('node:path');

module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['babel-jest', { configFile: path.join(__dirname, '../tests/support/babel.config.jest.cjs') }],
  },
  // The compiled mini-program is plain JavaScript, and the tools are CommonJS: transform neither.
  transformIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 120000,
  // The tools log every step; a failing expectation still prints in full.
  silent: true,
};
