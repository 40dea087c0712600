// The floor of bench:size: the plainest two-page Taro React app (a page and a form page), written
// into a temp folder and built with the same toolchain as 护蕾. Taro's defaults, nothing tuned.
export const FLOOR_FILES = {
  'babel.config.js': `module.exports = { presets: [['taro', { framework: 'react', ts: false, compiler: 'webpack5' }]] }
`,
  'config/index.js': `// The floor: the plainest two-page Taro React app, built with the same toolchain as 护蕾.
const { defineConfig } = require('@tarojs/cli')

module.exports = defineConfig(async (merge) => {
  const base = {
    projectName: 'floor',
    date: '2026-11-30',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: \`dist/\${process.env.TARO_ENV}\`,
    plugins: [],
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: { postcss: { pxtransform: { enable: true, config: {} } } },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: { autoprefixer: { enable: true, config: {} } },
    },
  }
  return merge({}, base)
})
`,
  'project.config.json': `{
  "miniprogramRoot": "./dist/weapp",
  "projectname": "floor",
  "appid": "touristappid",
  "setting": { "urlCheck": true, "es6": false, "minified": true, "minifyWXML": true, "minifyWXSS": true },
  "compileType": "miniprogram"
}
`,
  'src/app.config.js': `export default { pages: ['pages/index/index', 'pages/form/index'], lazyCodeLoading: 'requiredComponents' }
`,
  'src/app.js': `function App({ children }) {
  return children
}
export default App
`,
  'src/index.html': `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>floor</title>
  <script><%= htmlWebpackPlugin.options.script %></script>
</head>
<body>
  <div id="app"></div>
</body>
</html>
`,
  'src/pages/form/index.config.js': `export default { navigationBarTitleText: '表单' }
`,
  'src/pages/form/index.jsx': `import { useState } from 'react'
import { Button, Input, View } from '@tarojs/components'

export default function Form() {
  const [value, setValue] = useState('')
  return (
    <View>
      <Input value={value} onInput={(e) => setValue(e.detail.value)} />
      <Button onClick={() => setValue('')}>Clear</Button>
    </View>
  )
}
`,
  'src/pages/index/index.config.js': `export default { navigationBarTitleText: '首页' }
`,
  'src/pages/index/index.jsx': `import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'

export default function Index() {
  return (
    <View>
      <Text>Hello</Text>
      <Button onClick={() => Taro.navigateTo({ url: '/pages/form/index' })}>Form</Button>
    </View>
  )
}
`,
};
