export default definePageConfig({
  navigationBarTitleText: '自护课',
});
