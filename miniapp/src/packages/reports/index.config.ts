export default definePageConfig({
  navigationBarTitleText: '工作月报',
});
