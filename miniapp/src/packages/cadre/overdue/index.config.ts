export default definePageConfig({
  navigationBarTitleText: '超时求助',
});
