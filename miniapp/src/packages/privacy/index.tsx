import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PublicPage } from '../../components/public-page';
import { Tap } from '../../components/tap';
import { openPage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import './index.css';

// 用户隐私保护指引, in words a 10-year-old can follow. Each section answers one question.
const SECTIONS: { title: string; points: string[] }[] = [
  {
    title: '我们会记下什么？为什么？',
    points: [
      '你在求助表里选的“发生了什么”、你写的话、你住的村、有多着急、你是孩子还是大人。这样负责你们村的妇联才知道出了什么事、该去哪里帮你。',
      '你愿意留的电话。只用来给你回电话。不留也能求助。',
      '你和妇联之间的留言。',
      '看课时只数一数：每堂课一天被看了几次。你让手机“记住”了住的地方，就算在那个地方；从赶集的二维码进来的，算在那个乡镇。不记是谁看的。',
      '我们不记：你的名字、微信号、手机位置、手机型号、上网地址（IP）。不用登录，也不会看你的通讯录和照片。',
      '回执码我们只存它算出来的“指纹”，不存回执码本身。所以回执码丢了，我们也找不回来，请一定记好。',
    ],
  },
  {
    title: '放在哪里？放多久？',
    points: [
      '放在妇联在中国境内的服务器上。你写的话、留言和电话都是加密保存的。',
      '求助结案 180 天后，你写的话、留言和电话会被删掉。只留下不带内容的数字（比如“这个乡镇今年有几次求助”），用来统计和改进工作。',
      '在你的手机上：没发出去的求助会加密存在手机里，发出去就删掉；回执码只有你选了“保存”才会留在手机上。',
    ],
  },
  {
    title: '谁能看到？',
    points: [
      '只有负责你们村的村妇联，和上面的乡镇、县、市妇联处理求助的干部。别的村的人看不到。',
      '如果有人伤害了你，特别是有人侵犯你的身体，妇联会按法律规定告诉警察，让警察来保护你。',
      '需要医生、学校、民政等部门帮忙时，妇联只告诉他们帮你所必需的事。',
      '干部每看一次你的求助，都会被记下来：谁看过，都查得到。',
      '我们不会把你的信息卖给别人，也不会用来做广告；你写的话不会交给别的公司去审查。',
    ],
  },
  {
    title: '想删掉怎么办？',
    points: [
      '在“查看我的求助”里输入回执码，留言说“请删除我的求助”，妇联会帮你删掉你写的话和电话（已经报警的事情，法律要求保留的部分除外）。',
      '也可以打 12338（妇女儿童维权热线）请妇联帮忙。',
      '存在手机上的回执码：在“查看我的求助”里点“从手机上删除”。没发出去的求助：在“我要求助”里点“不发了，删除”。',
    ],
  },
  {
    title: '为什么可以这样做？',
    points: [
      '孩子自己来求助，我们不需要先问爸爸妈妈同意，因为伤害孩子的人有可能就是家里的人。',
      '法律允许这样做：为了在紧急情况下保护你的生命和身体安全，以及妇联依法保护未成年人、履行法定职责（《中华人民共和国个人信息保护法》第十三条；《中华人民共和国未成年人保护法》）。',
      '你自己选择留下的电话，是你同意我们用来联系你。',
    ],
  },
];

export default function PrivacyPage() {
  return (
    <PublicPage>
      <View className="privacy__title">用户隐私保护指引</View>
      <View className="privacy__lead">
        “护蕾”是妇联用来帮助和保护孩子的小程序。这里用简单的话告诉你：我们记下什么、为什么、放在哪里、放多久、谁能看到、怎样删掉。
      </View>
      {SECTIONS.map((section) => (
        <View key={section.title} className="privacy__section">
          <View className="privacy__heading">{section.title}</View>
          {section.points.map((point) => (
            <View key={point} className="privacy__point">
              {point}
            </View>
          ))}
        </View>
      ))}
      <View className="privacy__lead">有不明白的地方，可以打 12338 问妇联。更新日期：2026 年 11 月 30 日。</View>
      <Tap className="privacy__back" onTap={() => void Taro.navigateBack().catch(() => openPage(ROUTES.help))}>
        返回
      </Tap>
    </PublicPage>
  );
}
