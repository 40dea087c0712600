/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS helper for jest */
// The app imports @tarojs/components; in H5 builds Taro aliases it to these plain React components.
// They import @tarojs/components themselves, which leads back here: fill exports one by one, View first.
const path = require('node:path');

const dir = path.join(path.dirname(require.resolve('@tarojs/components-react')), 'components');
const load = (name) => require(path.join(dir, name, 'index.js'));

exports.__esModule = true;
exports.View = load('view').default;
exports.Text = load('text').default;
exports.Button = load('button').default;
exports.Input = load('input').default;
exports.Image = load('image').default;
exports.ScrollView = load('scroll-view').default;
