export default definePageConfig({
  navigationBarTitleText: '舆情事项',
});
