export default definePageConfig({
  navigationBarTitleText: '赶集日活动',
});
