import { Button, View } from '@tarojs/components'
import './index.css'

/** Shown during every wait, so a slow network never looks like a frozen app. */
export function LoadingNotice({ text = '正在加载…' }: { text?: string }) {
  return <View className='status status--loading'>{text}</View>
}

/** A clear Chinese sentence, and a way to try again. */
export function ErrorNotice({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className='status status--error'>
      <View className='status__message'>{message}</View>
      {onRetry && (
        <Button className='status__retry' onClick={onRetry}>
          重试
        </Button>
      )}
    </View>
  )
}
