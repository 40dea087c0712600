import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.css';

interface TapProps {
  className: string;
  onTap: () => void;
}

/**
 * Something to tap. A real <button> in the browser (keyboard and screen readers know it); a plain
 * view in WeChat, which spares the native button's padding, borders and open-type machinery.
 */
export function Tap({ className, onTap, children }: PropsWithChildren<TapProps>) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <button type="button" className={`tap ${className}`} onClick={onTap}>
        {children}
      </button>
    );
  }
  return (
    <View className={`tap ${className}`} hoverClass="tap--pressed" onClick={onTap}>
      {children}
    </View>
  );
}
