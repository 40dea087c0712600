export default definePageConfig({
  navigationBarTitleText: '六看六问',
});
