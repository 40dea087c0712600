// The H5 build served by the real server on loopback, driven in headless Debian Chromium.
const path = require('node:path');

module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.test.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['babel-jest', { configFile: path.join(__dirname, '../tests/support/babel.config.jest.cjs') }],
  },
  testTimeout: 60000,
  // Each file starts its own server and Chromium: one at a time, or two cores thrash and waits time out.
  maxWorkers: 1,
  // Playwright's connection to Chromium can outlive the closed context by a moment.
  forceExit: true,
};
