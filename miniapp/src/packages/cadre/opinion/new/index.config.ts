export default definePageConfig({
  navigationBarTitleText: '登记舆情',
});
