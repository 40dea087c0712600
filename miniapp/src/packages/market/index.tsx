import { ComingSoon } from '../../components/coming-soon';
import { PublicPage } from '../../components/public-page';

export default function Page() {
  return (
    <PublicPage>
      <ComingSoon title="赶集日活动" description="在集市扫码参加妇联的宣传活动，领取小礼物。" />
    </PublicPage>
  );
}
