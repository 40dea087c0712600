/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS helper for jest */
// In builds a Babel plugin turns `Taro.request` into named imports of @tarojs/taro-h5; here the
// default export must carry every API itself.
const h5 = require('@tarojs/taro-h5');

const taro = Object.assign(h5.default, h5);
// Page hooks come from the framework plugin in builds; here a page is shown once, when it mounts.
const React = require('react');
taro.useDidShow = (callback) => React.useEffect(() => void callback(), []);
// …and never hidden.
taro.useDidHide = () => undefined;
module.exports = { ...taro, __esModule: true, default: taro };
