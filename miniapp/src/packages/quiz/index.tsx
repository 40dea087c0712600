import { ComingSoon } from '../../components/coming-soon';
import { PublicPage } from '../../components/public-page';

export default function Page() {
  return (
    <PublicPage>
      <ComingSoon title="答题小挑战" description="几道小题，考考自己遇到危险时该怎么做。" />
    </PublicPage>
  );
}
