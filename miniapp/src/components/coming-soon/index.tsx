import { View } from '@tarojs/components';
import { backToHome } from '../../lib/navigation';
import { Tap } from '../tap';
import './index.css';

/** Placeholder for a part of the app whose issue has not landed yet. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <View className="coming-soon">
      <View className="coming-soon__title">{title}</View>
      <View className="coming-soon__badge">功能即将上线</View>
      <View className="coming-soon__description">{description}</View>
      <Tap className="coming-soon__home" onTap={backToHome}>
        回到首页
      </Tap>
    </View>
  );
}
