import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { startHelpOutbox } from './lib/help-outbox';
import { guardAgainstReturnAfterQuickExit } from './lib/quick-exit';
import './app.css';

// In the browser, a page restored by Back after a quick exit must hide itself before anything renders.
if (process.env.TARO_ENV === 'h5') guardAgainstReturnAfterQuickExit(window);

function App({ children }: PropsWithChildren) {
  // A help request kept on the phone goes out at launch, on every return to the app and when the network is back.
  useLaunch(startHelpOutbox);
  return children;
}

export default App;
