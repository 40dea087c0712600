export default definePageConfig({
  navigationBarTitleText: '赶集普法',
});
