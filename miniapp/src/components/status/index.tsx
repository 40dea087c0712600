import { View } from '@tarojs/components';
import { Tap } from '../tap';
import './index.css';

/** Shown during every wait, so a slow network never looks like a frozen app. */
export function LoadingNotice({ text = '正在加载…' }: { text?: string }) {
  return <View className="status status--loading">{text}</View>;
}

/** A clear Chinese sentence, and a way to try again. */
export function ErrorNotice({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="status status--error">
      <View className="status__message">{message}</View>
      {onRetry && (
        <Tap className="status__retry" onTap={onRetry}>
          重试
        </Tap>
      )}
    </View>
  );
}
