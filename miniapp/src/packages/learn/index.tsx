import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Audience } from '@hulei/shared';
import { learningApi } from '../../api/learning';
import { PublicPage } from '../../components/public-page';
import { ErrorNotice, LoadingNotice } from '../../components/status';
import { Tap } from '../../components/tap';
import { useLoad } from '../../hooks/use-load';
import { openPage } from '../../lib/navigation';
import { rememberedRegionCode } from '../../lib/region-memory';
import { ROUTES } from '../../routes';
import { READER_AUDIENCES, readerAudience } from '../../lib/audiences';
import { AudiencePicker } from '../../components/audience-picker';
import './index.css';

/** Lessons by age: the national ones, and those of the reader's county, city and province if she saved her village. */
export default function LessonListPage() {
  const [audience, setAudience] = useState<Audience | undefined>(() =>
    readerAudience(Taro.getCurrentInstance().router?.params.audience),
  );
  const [regionCode] = useState(rememberedRegionCode);
  const lessons = useLoad(audience, () => learningApi.lessons(audience!, regionCode));
  return (
    <PublicPage>
      <View className="learn__title">学会保护自己</View>
      <View className="learn__hint">你几岁了？选一选，看适合你的课。</View>
      <AudiencePicker audiences={READER_AUDIENCES} value={audience} onChange={setAudience} />
      {lessons.loading && <LoadingNotice />}
      {lessons.error && <ErrorNotice message={lessons.error} onRetry={lessons.reload} />}
      {audience &&
        lessons.data?.items.map((lesson) => (
          <Tap key={lesson.id} className="lesson-card" onTap={() => openPage(ROUTES.lesson, { id: lesson.id })}>
            <Text className="lesson-card__title">{lesson.title}</Text>
            <Text className="lesson-card__summary">{lesson.summary}</Text>
          </Tap>
        ))}
      {audience && lessons.data?.items.length === 0 && <View className="learn__hint">这个年龄段的课还在准备中。</View>}
      {audience && audience !== 'cadre' && (
        <Tap className="learn__quiz" onTap={() => openPage(ROUTES.quiz, { audience })}>
          学完了？来答题小挑战
        </Tap>
      )}
    </PublicPage>
  );
}
