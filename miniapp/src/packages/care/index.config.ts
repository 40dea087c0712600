export default definePageConfig({
  navigationBarTitleText: '重点关爱',
});
