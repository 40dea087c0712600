import { RichText, View } from '@tarojs/components';
import './lesson-body.css';

/**
 * A lesson's HTML, already sanitised by the server (a few text tags and https images): WeChat's
 * rich-text in the mini-program, the same markup in the browser.
 */
export function LessonBody({ html }: { html: string }) {
  if (process.env.TARO_ENV === 'h5') {
    return <div className="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <View className="lesson-body">
      <RichText nodes={html} />
    </View>
  );
}
