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
  // Playwright's connection to Chromium can outlive the closed context by a moment.
  forceExit: true,
};
