import { ComingSoon } from '../../components/coming-soon';
import { PublicPage } from '../../components/public-page';

export default function Page() {
  return (
    <PublicPage>
      <ComingSoon title="学会保护自己" description="看图听故事，学会分辨什么是不对的、遇到了该找谁。" />
    </PublicPage>
  );
}
