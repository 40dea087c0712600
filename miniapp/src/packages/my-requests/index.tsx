import { ComingSoon } from '../../components/coming-soon';
import { PublicPage } from '../../components/public-page';

export default function Page() {
  return (
    <PublicPage>
      <ComingSoon title="我的求助" description="用查询码查看你的求助有没有人处理，也可以给妇联留言。" />
    </PublicPage>
  );
}
