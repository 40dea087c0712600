export default definePageConfig({
  navigationBarTitleText: '答题小挑战',
});
