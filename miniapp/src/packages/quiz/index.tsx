import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { QUESTION_TYPE_LABELS, QUIZ_AUDIENCES, type QuizAudience } from '@hulei/shared';
import { messageOf } from '../../api';
import { learningApi, type QuizDraw, type QuizResult } from '../../api/learning';
import { PublicPage } from '../../components/public-page';
import { ErrorNotice, LoadingNotice } from '../../components/status';
import { Tap } from '../../components/tap';
import { backToHome, openPage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import { quizAudience } from '../../lib/audiences';
import { AudiencePicker } from '../../components/audience-picker';
import { QuizBadge } from './components/badge';
import './index.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Pick an age → ten questions one by one → the score, every explanation, and maybe a badge. */
export default function QuizPage() {
  const [params] = useState(() => Taro.getCurrentInstance().router?.params ?? {});
  const marketEventId = UUID.test(params.marketEventId ?? '') ? params.marketEventId : undefined;
  const [audience, setAudience] = useState<QuizAudience | undefined>(() => quizAudience(params.audience));
  const [draw, setDraw] = useState<QuizDraw>();
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<QuizResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function start(which: QuizAudience) {
    setAudience(which);
    setBusy(true);
    setError(undefined);
    try {
      setDraw(await learningApi.startQuiz(which, marketEventId));
      setIndex(0);
      setChosen({});
      setResult(undefined);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  async function handIn(current: QuizDraw) {
    setBusy(true);
    setError(undefined);
    try {
      const answers = current.questions
        .filter((q) => (chosen[q.id] ?? []).length > 0)
        .map((q) => ({ questionId: q.id, optionKeys: chosen[q.id] }));
      setResult(await learningApi.submitQuiz(current.attemptId, answers));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  // Coming from a lesson or a market stall, the age is already known: start at once.
  useEffect(() => {
    const initial = quizAudience(params.audience);
    if (initial) void start(initial);
    // Only on the first render: later starts come from taps.
  }, []);

  function again() {
    setDraw(undefined);
    setResult(undefined);
    if (audience) void start(audience);
  }

  if (result && draw) {
    return (
      <PublicPage>
        <View className="quiz__score">
          你答对了 {result.score} / {result.total} 题
        </View>
        <View className="quiz__cheer">
          {result.badge ? '真棒！你已经知道怎么保护自己了。' : '每答一题都是在学本领，看看下面的讲解吧。'}
        </View>
        {result.badge && <QuizBadge score={result.score} />}
        <View className="quiz__section">讲解</View>
        {result.results.map((item, n) => {
          const question = draw.questions.find((q) => q.id === item.questionId);
          const correctText = question?.options
            .filter((o) => item.correctOptionKeys.includes(o.key))
            .map((o) => o.text)
            .join('、');
          return (
            <View key={item.questionId} className={`quiz__review quiz__review--${item.correct ? 'right' : 'learn'}`}>
              <Text className="quiz__review-mark">{item.correct ? '答对了' : '一起记住'}</Text>
              <View className="quiz__review-stem">
                {n + 1}. {question?.stem}
              </View>
              <View className="quiz__review-answer">正确答案：{correctText}</View>
              <View className="quiz__review-explanation">{item.explanation}</View>
            </View>
          );
        })}
        <Tap className="quiz__action quiz__action--main" onTap={again}>
          再答一次
        </Tap>
        <Tap className="quiz__action" onTap={() => openPage(ROUTES.learn, audience ? { audience } : undefined)}>
          去看自护课
        </Tap>
        <Tap className="quiz__action quiz__action--help" onTap={() => openPage(ROUTES.help)}>
          我要求助
        </Tap>
        <Tap className="quiz__action" onTap={backToHome}>
          回到首页
        </Tap>
      </PublicPage>
    );
  }

  if (draw) {
    const question = draw.questions[index];
    const picked = chosen[question.id] ?? [];
    const last = index === draw.questions.length - 1;
    const toggle = (key: string) =>
      setChosen((previous) => {
        const current = previous[question.id] ?? [];
        const next =
          question.type === 'multiple'
            ? current.includes(key)
              ? current.filter((k) => k !== key)
              : [...current, key]
            : [key];
        return { ...previous, [question.id]: next };
      });
    return (
      <PublicPage>
        <View className="quiz__progress">
          第 {index + 1} 题 / 共 {draw.questions.length} 题 · {QUESTION_TYPE_LABELS[question.type]}
          {question.type === 'multiple' ? '（可以选几个）' : ''}
        </View>
        <View className="quiz__stem">{question.stem}</View>
        {question.options.map((option) => (
          <Tap
            key={option.key}
            className={`quiz__option${picked.includes(option.key) ? ' quiz__option--on' : ''}`}
            onTap={() => toggle(option.key)}
          >
            {option.text}
          </Tap>
        ))}
        {error && <ErrorNotice message={error} />}
        {busy ? (
          <LoadingNotice text="正在交卷…" />
        ) : picked.length === 0 ? (
          <View className="quiz__hint">选好答案后，就能看下一题</View>
        ) : (
          <Tap
            className="quiz__action quiz__action--main"
            onTap={() => (last ? void handIn(draw) : setIndex(index + 1))}
          >
            {last ? '交卷' : '下一题'}
          </Tap>
        )}
      </PublicPage>
    );
  }

  return (
    <PublicPage>
      <View className="quiz__title">答题小挑战</View>
      <View className="quiz__cheer">选一选你的年龄，答 10 道题，答对 8 道就能得到“自护小卫士”徽章。</View>
      <AudiencePicker audiences={QUIZ_AUDIENCES} value={audience} onChange={(a) => void start(a as QuizAudience)} />
      {busy && <LoadingNotice text="正在出题…" />}
      {error && <ErrorNotice message={error} onRetry={audience ? () => void start(audience) : undefined} />}
    </PublicPage>
  );
}
