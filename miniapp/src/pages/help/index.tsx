import { View } from '@tarojs/components';
import { useState } from 'react';
import { DangerBanner } from '../../components/hotline-list';
import { PublicPage } from '../../components/public-page';
import { RegionPicker, type RegionChoice } from '../../components/region-picker';
import './index.css';

/**
 * Entry of a help request; a QR code can open it directly, without the other subpackages.
 * The form itself (what happened, how to reach you) comes with the help-request issue.
 */
export default function HelpPage() {
  const [choice, setChoice] = useState<RegionChoice>();
  return (
    <PublicPage>
      <DangerBanner />
      <View className="help__note">
        网上求助表单马上就能用了。现在你可以先选好你在哪个村；如果情况紧急，请直接打上面的电话。
      </View>
      <RegionPicker title="你在哪里？" onChange={setChoice} />
      {choice?.complete && (
        <View className="help__next">已记下你选的{choice.region.name}。求助表单上线后，会直接送到这里的妇联。</View>
      )}
    </PublicPage>
  );
}
