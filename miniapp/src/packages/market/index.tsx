import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { AUDIENCE_LABELS, MARKET_EVENT_QUERY, QUIZ_AUDIENCES } from '@hulei/shared';
import { ApiError } from '../../api';
import { learningApi } from '../../api/learning';
import { HotlineList } from '../../components/hotline-list';
import { PublicPage } from '../../components/public-page';
import { ErrorNotice, LoadingNotice } from '../../components/status';
import { Tap } from '../../components/tap';
import { useLoad } from '../../hooks/use-load';
import { openPage } from '../../lib/navigation';
import { READER_LABELS } from '../../lib/audiences';
import { ROUTES } from '../../routes';
import './index.css';

/** The event code: `?e=` in the browser, the mini-program code's `scene` in WeChat (URL-encoded). */
function eventCode(): string | undefined {
  const params = Taro.getCurrentInstance().router?.params ?? {};
  const raw = params[MARKET_EVENT_QUERY] ?? (params.scene ? decodeURIComponent(params.scene) : undefined);
  const code = raw?.trim().toUpperCase();
  return code && /^[0-9A-Z]{1,32}$/.test(code) ? code : undefined;
}

const UNKNOWN_EVENT = '没有找到这场赶集活动，请核对摊位上的二维码，或直接看下面的内容';

function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** What a market stall's QR code opens: the event, three lessons, the quiz, and a way to ask for help. */
export default function MarketLandingPage() {
  const [code] = useState(eventCode);
  const landing = useLoad(code, () =>
    learningApi.marketLanding(code!).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) {
        throw new ApiError('refused', UNKNOWN_EVENT, 404, error.code);
      }
      throw error;
    }),
  );
  const event = landing.data;

  // One scan counted per opening of the page; a failure is nobody's business but the counter's.
  useEffect(() => {
    if (code) learningApi.countScan(code).catch(() => undefined);
  }, [code]);

  return (
    <PublicPage>
      {!code && <ErrorNotice message="二维码里没有活动信息，请重新扫一扫摊位上的二维码" />}
      {landing.loading && <LoadingNotice />}
      {landing.error && <ErrorNotice message={landing.error} onRetry={landing.reload} />}
      {event && (
        <View>
          <View className="market__card">
            <Text className="market__campaign">利剑护蕾 · 赶集普法</Text>
            <View className="market__name">{event.marketName}</View>
            <View className="market__when">
              {chineseDate(event.date)} {event.startTime}–{event.endTime}
            </View>
            <View className="market__where">{event.regionPath}</View>
            {event.organisers && <View className="market__who">主办：{event.organisers}</View>}
            {event.status === 'cancelled' && (
              <View className="market__cancelled">本场活动已取消，课和答题照样可以看</View>
            )}
          </View>

          <View className="market__section">先看一堂课</View>
          {event.lessons.map((lesson) => (
            <Tap
              key={lesson.id}
              className="market__lesson"
              onTap={() => openPage(ROUTES.lesson, { id: lesson.id, marketEventId: event.id })}
            >
              <Text className="market__lesson-audience">{AUDIENCE_LABELS[lesson.audience]}</Text>
              <Text className="market__lesson-title">{lesson.title}</Text>
            </Tap>
          ))}

          <View className="market__section">再答题，得“自护小卫士”徽章</View>
          <View className="market__quiz">
            {QUIZ_AUDIENCES.map((audience) => (
              <Tap
                key={audience}
                className="market__quiz-option"
                onTap={() => openPage(ROUTES.quiz, { audience, marketEventId: event.id })}
              >
                {READER_LABELS[audience]}答题
              </Tap>
            ))}
          </View>

          <Tap
            className="market__help"
            onTap={() => openPage(ROUTES.help, { regionCode: event.townCode, marketEventId: event.id })}
          >
            我要求助：悄悄告诉{event.townName}妇联
          </Tap>
          <View className="market__section">遇到危险，马上打电话</View>
          <HotlineList />
        </View>
      )}
    </PublicPage>
  );
}
