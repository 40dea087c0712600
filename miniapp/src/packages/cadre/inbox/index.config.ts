export default definePageConfig({
  navigationBarTitleText: '求助处理',
});
