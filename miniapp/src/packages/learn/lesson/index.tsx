import Taro from '@tarojs/taro';
import { Text, Video, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { AUDIENCE_LABELS } from '@hulei/shared';
import { learningApi } from '../../../api/learning';
import { PublicPage } from '../../../components/public-page';
import { ErrorNotice, LoadingNotice } from '../../../components/status';
import { Tap } from '../../../components/tap';
import { useLoad } from '../../../hooks/use-load';
import { openPage } from '../../../lib/navigation';
import { rememberedRegionCode } from '../../../lib/region-memory';
import { ROUTES } from '../../../routes';
import { LessonBody } from '../components/lesson-body';
import { quizAudience } from '../../../lib/audiences';
import './index.css';

/** One lesson, and what to do next: a quiz on it, or asking for help. */
export default function LessonPage() {
  const [params] = useState(() => Taro.getCurrentInstance().router?.params ?? {});
  const lesson = useLoad(params.id, () => learningApi.lesson(params.id!));
  const quiz = quizAudience(lesson.data?.audience);

  // One read counted per opening, once the lesson is shown: where only if she let the app remember
  // it, and the market day she came from; a failure is the counter's business, never hers.
  const counted = useRef(false);
  const shown = lesson.data !== undefined;
  useEffect(() => {
    if (!shown || !params.id || counted.current) return;
    counted.current = true;
    learningApi
      .countRead(params.id, { regionCode: rememberedRegionCode(), marketEventId: params.marketEventId })
      .catch(() => undefined);
  }, [shown]);
  return (
    <PublicPage>
      {!params.id && <ErrorNotice message="没有找到这堂课" />}
      {lesson.loading && <LoadingNotice />}
      {lesson.error && <ErrorNotice message={lesson.error} onRetry={lesson.reload} />}
      {lesson.data && (
        <View className="lesson">
          <Text className="lesson__audience">{AUDIENCE_LABELS[lesson.data.audience]}</Text>
          <View className="lesson__title">{lesson.data.title}</View>
          <View className="lesson__summary">{lesson.data.summary}</View>
          {lesson.data.videoUrl && <Video className="lesson__video" src={lesson.data.videoUrl} controls />}
          <LessonBody html={lesson.data.bodyHtml} />
          {quiz && (
            <Tap
              className="lesson__next lesson__next--quiz"
              onTap={() =>
                openPage(ROUTES.quiz, {
                  audience: quiz,
                  // A quiz taken after a market-day lesson counts for that market day too.
                  ...(params.marketEventId ? { marketEventId: params.marketEventId } : {}),
                })
              }
            >
              学完了，去答题
            </Tap>
          )}
          <Tap className="lesson__next lesson__next--help" onTap={() => openPage(ROUTES.help)}>
            遇到这样的事？悄悄告诉妇联
          </Tap>
        </View>
      )}
    </PublicPage>
  );
}
