import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { HOTLINES, type Hotline } from '@hulei/shared';
import type { PropsWithChildren } from 'react';
import './index.css';

/** One tap to call: a tel: link in the browser, WeChat's dialer in the mini-program. */
export function HotlineLink({
  hotline,
  className,
  children,
}: PropsWithChildren<{ hotline: Hotline; className: string }>) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className={className} href={`tel:${hotline.number}`} aria-label={`拨打${hotline.number}，${hotline.label}`}>
        {children}
      </a>
    );
  }
  // Cancelling the dialer rejects the promise; nothing to tell the user then.
  const call = () => void Taro.makePhoneCall({ phoneNumber: hotline.number }).catch(() => undefined);
  return (
    <View className={className} onClick={call}>
      {children}
    </View>
  );
}

/** The four numbers a child must always be one tap from. */
export function HotlineList() {
  return (
    <View className="hotlines">
      {HOTLINES.map((hotline) => (
        <HotlineLink key={hotline.number} hotline={hotline} className={`hotline hotline--${hotline.number}`}>
          <Text className="hotline__number">{hotline.number}</Text>
          <Text className="hotline__label">{hotline.label}</Text>
        </HotlineLink>
      ))}
    </View>
  );
}

const POLICE = HOTLINES.find((hotline) => hotline.number === '110') ?? HOTLINES[0];

/** The red band at the top of the help page: danger now means 110, not a form. */
export function DangerBanner() {
  return (
    <HotlineLink hotline={POLICE} className="danger-banner">
      <Text className="danger-banner__title">如果你现在有危险，马上打 110</Text>
      <Text className="danger-banner__hint">点这里直接拨打报警电话</Text>
    </HotlineLink>
  );
}
