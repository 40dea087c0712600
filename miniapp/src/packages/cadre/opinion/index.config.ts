export default definePageConfig({
  navigationBarTitleText: '舆情处置',
});
