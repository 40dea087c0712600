export default definePageConfig({
  navigationBarTitleText: '护蕾',
});
