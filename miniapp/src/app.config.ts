import { MAIN_PAGES, SUBPACKAGES } from './routes';

export default defineAppConfig({
  pages: [MAIN_PAGES.home, MAIN_PAGES.help],
  subPackages: Object.values(SUBPACKAGES).map(({ root, pages }) => ({ root, pages: [...pages] })),
  // Fetch the two child-facing subpackages ahead of time, but only on Wi-Fi: 4G data costs money.
  preloadRule: {
    [MAIN_PAGES.home]: { network: 'wifi', packages: [SUBPACKAGES.learn.root, SUBPACKAGES.quiz.root] },
  },
  lazyCodeLoading: 'requiredComponents',
  window: {
    navigationBarTitleText: '护蕾',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#fff8f4',
  },
});
