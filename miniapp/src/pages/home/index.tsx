import { Text, View } from '@tarojs/components';
import { EntryTile } from '../../components/entry-tile';
import { HotlineList } from '../../components/hotline-list';
import { PublicPage } from '../../components/public-page';
import { openPage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import { Tap } from '../../components/tap';
import './index.css';

export default function HomePage() {
  return (
    <PublicPage>
      <View className="home__hero">
        <Text className="home__title">护蕾</Text>
        <Text className="home__slogan">遇到害怕的事，不是你的错。说出来，有人帮你。</Text>
      </View>
      <View className="home__section-title">一键拨打求助电话</View>
      <HotlineList />
      <View className="home__section-title">你可以</View>
      <EntryTile tone="help" title="我要求助" description="悄悄告诉村里的妇联，她们会来帮你" route={ROUTES.help} />
      <EntryTile tone="learn" title="学会保护自己" description="看图听故事，知道什么是不对的" route={ROUTES.learn} />
      <EntryTile tone="quiz" title="答题小挑战" description="考考自己，遇到危险怎么办" route={ROUTES.quiz} />
      <View className="home__more">
        <Tap className="home__link" onTap={() => openPage(ROUTES.myRequests)}>
          查看我的求助
        </Tap>
        <Tap className="home__link" onTap={() => openPage(ROUTES.cadre)}>
          妇联干部入口
        </Tap>
      </View>
    </PublicPage>
  );
}
