export default definePageConfig({
  navigationBarTitleText: '妇联干部登录',
});
