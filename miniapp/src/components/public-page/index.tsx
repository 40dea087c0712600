import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { QuickExitButton } from '../quick-exit-button';
import './index.css';

/** Frame of every page a child or parent may open: the quick-exit button is never missing. */
export function PublicPage({ children }: PropsWithChildren) {
  return (
    <View className="public-page">
      <QuickExitButton />
      {children}
    </View>
  );
}
