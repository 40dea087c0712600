import { Text, View } from '@tarojs/components';
import { HELP_CATEGORY_LABELS, HELP_STATUS_LABELS, URGENCY_LABELS } from '@hulei/shared';
import { Tap } from '../../../components/tap';
import { openPage } from '../../../lib/navigation';
import { ROUTES } from '../../../routes';
import { ACKNOWLEDGE_WARN_MINUTES } from '../deadlines';
import { ageOf } from '../format';
import type { InboxItem } from '../help-api';
import { levelLabel } from '../labels';
import { Countdown } from '../ui/countdown';
import './index.css';

/** One request in a list: kind, urgency, status, where, who handles it, its deadline and red flags. */
export function InboxCard({ item, regionName }: { item: InboxItem; regionName?: string }) {
  const waiting = item.status !== 'closed' && item.status !== 'resolved';
  return (
    <Tap className="inbox__item" onTap={() => openPage(ROUTES.cadreRequest, { id: item.id })}>
      <View className="inbox__item-head">
        <Text className="inbox__category">{HELP_CATEGORY_LABELS[item.category]}</Text>
        <Text className={`inbox__urgency inbox__urgency--${item.urgency}`}>{URGENCY_LABELS[item.urgency]}</Text>
        <Text className="inbox__status">{HELP_STATUS_LABELS[item.status]}</Text>
      </View>
      <View className="inbox__line">
        {regionName ?? '…'} · 由{levelLabel(item.handlingLevel)}处理 · {ageOf(item.createdAt)}
      </View>
      {waiting && item.dueAt && (
        <View className="inbox__due">
          <Countdown dueAt={item.dueAt} warnMinutes={ACKNOWLEDGE_WARN_MINUTES[item.urgency]} label="受理期限" />
        </View>
      )}
      {item.policeReportOverdue && (
        <View className="inbox__due inbox__due--late">强制报告已超时，请立即报告并记录</View>
      )}
    </Tap>
  );
}
