export default definePageConfig({
  navigationBarTitleText: '妇联干部工作台',
});
