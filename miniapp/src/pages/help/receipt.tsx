import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { HelpReceipt } from '../../api/help-requests';
import { Tap } from '../../components/tap';
import type { OutboxStatus } from '../../lib/help-outbox';
import { backToHome, openPage } from '../../lib/navigation';
import { groupDigits } from '../../lib/saved-receipts';
import { ROUTES } from '../../routes';

/** The receipt code, shown this once: written down, and kept on the phone only if asked. */
export function ReceiptView({ receipt, onDone }: { receipt: HelpReceipt; onDone: (save: boolean) => void }) {
  const [save, setSave] = useState(false);
  return (
    <View className="receipt">
      <View className="receipt__title">已经送到妇联了</View>
      <View>这是你的回执码，只显示这一次。请抄在纸上，或者记在心里：</View>
      <View className="receipt__code">{groupDigits(receipt.receiptCode)}</View>
      <View className="receipt__hint">以后用它查看妇联的回复，也可以继续留言。不要给让你害怕的人看。</View>
      <Tap className="receipt__save" onTap={() => setSave(!save)}>
        <Text className={`receipt__box${save ? ' receipt__box--on' : ''}`}>{save ? '✓' : ''}</Text>
        在这部手机上保存回执码
      </Tap>
      <View className="receipt__why">如果这部手机别人也会用，他们可能看到回执码和妇联的回复，所以默认不保存。</View>
      <Tap className="receipt__done" onTap={() => onDone(save)}>
        我已经记下了
      </Tap>
    </View>
  );
}

/** After the code is written down: it is never shown again. */
export function SentNotice({ saved }: { saved: boolean }) {
  return (
    <View className="receipt">
      <View className="receipt__title">好的，妇联会尽快处理</View>
      <View>
        {saved
          ? '回执码已保存在这部手机上，在「查看我的求助」里可以找到。'
          : '回执码没有留在这部手机上。想看回复时，打开「查看我的求助」，输入你记下的回执码。'}
      </View>
      <Tap className="receipt__done" onTap={() => openPage(ROUTES.myRequests)}>
        查看我的求助
      </Tap>
      <Tap className="receipt__secondary" onTap={backToHome}>
        回到首页
      </Tap>
    </View>
  );
}

/** Sending, or kept on the phone until the network is back. */
export function WaitingNotice({
  status,
  onRetry,
  onDiscard,
}: {
  status: Extract<OutboxStatus, { state: 'sending' | 'waiting' }>;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  if (status.state === 'sending') return <View className="receipt receipt__title">正在发送…</View>;
  return (
    <View className="receipt receipt--waiting">
      <View className="receipt__title">已保存，网络恢复后会自动发送</View>
      <View>你写的内容已经加密保存在这部手机上。有网络时会自动发出去，发出后回到「我要求助」就能看到回执码。</View>
      {status.reason && <View className="receipt__hint">{status.reason}</View>}
      <Tap className="receipt__done" onTap={onRetry}>
        现在重试
      </Tap>
      <Tap className="receipt__secondary" onTap={onDiscard}>
        不发了，删除
      </Tap>
    </View>
  );
}
