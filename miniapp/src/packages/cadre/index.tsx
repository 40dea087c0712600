import { View } from '@tarojs/components';
import { ComingSoon } from '../../components/coming-soon';

// Cadres sign in here; it is not a page a child opens, so it carries no quick-exit button.
export default function Page() {
  return (
    <View className="cadre-page">
      <ComingSoon title="妇联干部工作台" description="村、乡镇、县妇联干部登录后在这里受理和处理求助。" />
    </View>
  );
}
