export default definePageConfig({
  navigationBarTitleText: '学会保护自己',
});
