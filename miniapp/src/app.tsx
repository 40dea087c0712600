import type { PropsWithChildren } from 'react';
import { guardAgainstReturnAfterQuickExit } from './lib/quick-exit';
import './app.css';

// In the browser, a page restored by Back after a quick exit must hide itself before anything renders.
if (process.env.TARO_ENV === 'h5') guardAgainstReturnAfterQuickExit(window);

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
