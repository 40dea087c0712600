import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { DangerBanner } from '../../components/hotline-list';
import { PublicPage } from '../../components/public-page';
import {
  clearOutbox,
  deliverNow,
  outboxStatus,
  queueHelpRequest,
  startHelpOutbox,
  watchOutbox,
} from '../../lib/help-outbox';
import { saveReceipt } from '../../lib/saved-receipts';
import { IntakeForm } from './intake-form';
import { ReceiptView, SentNotice, WaitingNotice } from './receipt';
import './index.css';

/** A QR code's query: `town` or `regionCode` presets the place, `marketEventId` names the market stall. */
function qrQuery(): { regionCode?: string; marketEventId?: string } {
  const params = Taro.getCurrentInstance().router?.params ?? {};
  const code = params.regionCode ?? params.town;
  const event = params.marketEventId;
  return {
    regionCode: code && /^\d{2,12}$/.test(code) ? code : undefined,
    marketEventId: event && /^[\w-]{1,64}$/.test(event) ? event : undefined,
  };
}

async function confirmDiscard(): Promise<void> {
  const { confirm } = await Taro.showModal({
    title: '不发送了吗？',
    content: '删除后，这次写的内容不会发给妇联，也不会留在手机上。',
    confirmText: '删除',
    cancelText: '再等等',
  });
  if (confirm) clearOutbox();
}

/** The help request a QR code opens: the form, then the receipt; a request waits here while offline. */
export default function HelpPage() {
  const [status, setStatus] = useState(outboxStatus);
  const [finished, setFinished] = useState<{ saved: boolean }>();
  const [query] = useState(qrQuery);
  useEffect(() => {
    const stop = watchOutbox(setStatus);
    startHelpOutbox();
    return stop;
  }, []);

  const content = (() => {
    if (finished) return <SentNotice saved={finished.saved} />;
    switch (status.state) {
      case 'delivered':
        return (
          <ReceiptView
            receipt={status.receipt}
            onDone={(save) => {
              const saved = save && saveReceipt(status.receipt.receiptCode);
              clearOutbox();
              setFinished({ saved });
            }}
          />
        );
      case 'sending':
      case 'waiting':
        return (
          <WaitingNotice status={status} onRetry={() => void deliverNow()} onDiscard={() => void confirmDiscard()} />
        );
      case 'empty':
      case 'refused':
        return (
          <IntakeForm
            {...query}
            refused={status.state === 'refused' ? status : undefined}
            onSubmit={(request) => void queueHelpRequest(request)}
          />
        );
    }
  })();

  return (
    <PublicPage>
      <DangerBanner />
      {content}
    </PublicPage>
  );
}
