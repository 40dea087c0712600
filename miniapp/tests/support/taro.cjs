/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS helper for jest */
// In builds a Babel plugin turns `Taro.request` into named imports of @tarojs/taro-h5; here the
// default export must carry every API itself.
const h5 = require('@tarojs/taro-h5');

const taro = Object.assign(h5.default, h5);
module.exports = { ...taro, __esModule: true, default: taro };
