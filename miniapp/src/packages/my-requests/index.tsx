import { Input, Text, View } from '@tarojs/components';
import { HELP_STATUS_LABELS } from '@hulei/shared';
import { useState } from 'react';
import { messageOf } from '../../api';
import { PublicPage } from '../../components/public-page';
import { LoadingNotice } from '../../components/status';
import { Tap } from '../../components/tap';
import { TextBox } from '../../components/text-box';
import { forgetReceipt, savedReceipts, type SavedReceipt } from '../../lib/saved-receipts';
import { CATEGORY_CHOICES } from '../../pages/help/choices';
import { lookupApi, type LookupResult } from './lookup-api';
import './index.css';

const day = (iso: string) => {
  const d = new Date(iso);
  return `${d.getMonth() + 1}月${d.getDate()}日`;
};

/** 我的求助: with a receipt code, see how the request is going, read the replies and write back. */
export default function MyRequestsPage() {
  const [saved, setSaved] = useState<SavedReceipt[]>(savedReceipts);
  const [typed, setTyped] = useState('');
  const [code, setCode] = useState<string>();
  const [result, setResult] = useState<LookupResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const open = async (receiptCode: string) => {
    const digits = receiptCode.replace(/\D/g, '');
    if (digits.length !== 16) return setError('回执码是 16 位数字，请检查一下');
    setBusy(true);
    setError(undefined);
    try {
      setResult(await lookupApi.lookup(digits));
      setCode(digits);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const leave = () => {
    setCode(undefined);
    setResult(undefined);
    setTyped('');
    setError(undefined);
  };

  if (code && result) {
    return (
      <PublicPage>
        <Conversation code={code} result={result} onReload={() => open(code)} />
        <Tap className="mine__secondary" onTap={leave}>
          看完了，离开
        </Tap>
      </PublicPage>
    );
  }

  return (
    <PublicPage>
      <View className="mine__title">查看我的求助</View>
      <View className="mine__hint">输入提交求助时记下的 16 位回执码，就能看到妇联的回复。</View>
      <Input
        className="mine__input"
        type="number"
        maxlength={16}
        value={typed}
        placeholder="16 位回执码"
        onInput={(event) => setTyped(event.detail.value)}
      />
      {error && <View className="mine__problem">{error}</View>}
      {busy ? (
        <LoadingNotice text="正在查找…" />
      ) : (
        <Tap className="mine__primary" onTap={() => void open(typed)}>
          查看
        </Tap>
      )}
      {saved.length > 0 && (
        <View className="mine__saved">
          <View className="mine__subtitle">这部手机上保存的回执码</View>
          {saved.map((receipt) => (
            <View key={receipt.code} className="mine__saved-item">
              <Text>
                {day(receipt.savedAt)}保存 · 尾号 {receipt.code.slice(-4)}
              </Text>
              <Tap className="mine__small" onTap={() => void open(receipt.code)}>
                查看
              </Tap>
              <Tap
                className="mine__small mine__small--plain"
                onTap={() => {
                  forgetReceipt(receipt.code);
                  setSaved(savedReceipts());
                }}
              >
                从手机上删除
              </Tap>
            </View>
          ))}
        </View>
      )}
    </PublicPage>
  );
}

function Conversation({
  code,
  result,
  onReload,
}: {
  code: string;
  result: LookupResult;
  onReload: () => Promise<void>;
}) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const category = CATEGORY_CHOICES.find((choice) => choice.value === result.category)?.title;

  const send = async () => {
    if (!body.trim()) return setError('请写下要说的话');
    setBusy(true);
    setError(undefined);
    try {
      await lookupApi.write(code, body.trim());
      setBody('');
      await onReload();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className="mine__title">我的求助</View>
      <View className="mine__status">
        <Text className="mine__status-label">{HELP_STATUS_LABELS[result.status]}</Text>
        <Text>
          {category} · {day(result.createdAt)}提交
        </Text>
      </View>
      {result.messages.length === 0 && (
        <View className="mine__hint">妇联还没有回复。她们看到后会尽快处理，过一段时间再来看看。</View>
      )}
      {result.messages.map((message, index) => (
        <View key={index} className={`mine__message mine__message--${message.from}`}>
          <View className="mine__who">
            {message.from === 'cadre' ? '妇联' : '我'} · {day(message.createdAt)}
          </View>
          <View>{message.body}</View>
        </View>
      ))}
      {result.status !== 'closed' && (
        <View className="mine__write">
          <View className="mine__subtitle">还想说点什么？</View>
          <TextBox value={body} onInput={setBody} maxLength={2000} placeholder="写给妇联的话" />
          {error && <View className="mine__problem">{error}</View>}
          {busy ? (
            <LoadingNotice text="正在发送…" />
          ) : (
            <Tap className="mine__primary" onTap={() => void send()}>
              发送
            </Tap>
          )}
        </View>
      )}
    </View>
  );
}
