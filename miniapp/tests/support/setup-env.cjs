/* global process, console */
// What the build defines for the H5 flavour (config/index.ts), so the tests run the same code path.
process.env.TARO_ENV = 'h5';
globalThis.HULEI_API_BASE = '';
globalThis.HULEI_WECHAT_TEMPLATE_ID = '';
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
// Feature flags Taro's runtime expects its bundler to define.
Object.assign(globalThis, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_MUTATION_OBSERVER: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  DEPRECATED_ADAPTER_COMPONENT: false,
  __TARO_FRAMEWORK__: 'react',
});

// Taro's browser Input hands onConfirm on to the <input> as well as handling Enter itself; React
// warns about the unknown prop on every render. The behaviour is right, the warning is noise.
const consoleError = console.error;
console.error = (...args) => {
  if (String(args[0]).includes('Unknown event handler property') && args.includes('onConfirm')) return;
  consoleError(...args);
};
