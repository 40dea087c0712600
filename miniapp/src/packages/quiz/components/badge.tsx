import Taro from '@tarojs/taro';
import { Canvas, Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { QUIZ_BADGE_NAME, QUIZ_LENGTH } from '@hulei/shared';
import { Tap } from '../../../components/tap';
import './badge.css';

const SIZE = 300;
const CANVAS_ID = 'quiz-badge';

/** The badge's lines: no name, nothing that says who earned it. */
function badgeLines(score: number): [string, string, string] {
  return [QUIZ_BADGE_NAME, `答对 ${score} / ${QUIZ_LENGTH} 题`, '我会保护自己'];
}

/** Draws the badge in the browser and returns it as a PNG data URL. */
function drawInBrowser(score: number): string | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const c = canvas.getContext('2d');
  if (!c) return undefined;
  const [title, line, motto] = badgeLines(score);
  c.fillStyle = '#fff8f4';
  c.fillRect(0, 0, SIZE, SIZE);
  c.fillStyle = '#f59e0b';
  c.beginPath();
  c.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 8, 0, Math.PI * 2);
  c.fill();
  c.fillStyle = '#c2410c';
  c.beginPath();
  c.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 28, 0, Math.PI * 2);
  c.fill();
  c.fillStyle = '#ffffff';
  c.textAlign = 'center';
  c.font = 'bold 40px sans-serif';
  c.fillText(title, SIZE / 2, 140);
  c.font = '24px sans-serif';
  c.fillText(line, SIZE / 2, 185);
  c.fillText(motto, SIZE / 2, 220);
  return canvas.toDataURL('image/png');
}

/** Draws the badge on the mini-program canvas (legacy context, widest WeChat support). */
function drawInWeapp(score: number): void {
  const c = Taro.createCanvasContext(CANVAS_ID);
  const [title, line, motto] = badgeLines(score);
  c.setFillStyle('#fff8f4');
  c.fillRect(0, 0, SIZE, SIZE);
  c.setFillStyle('#f59e0b');
  c.beginPath();
  c.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 8, 0, Math.PI * 2);
  c.fill();
  c.setFillStyle('#c2410c');
  c.beginPath();
  c.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 28, 0, Math.PI * 2);
  c.fill();
  c.setFillStyle('#ffffff');
  c.setTextAlign('center');
  c.setFontSize(40);
  c.fillText(title, SIZE / 2, 140);
  c.setFontSize(24);
  c.fillText(line, SIZE / 2, 185);
  c.fillText(motto, SIZE / 2, 220);
  void c.draw();
}

/** Share or keep the badge image in WeChat: the share sheet where WeChat has it, else a preview to long-press. */
async function shareFromWeapp(): Promise<void> {
  try {
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvasId: CANVAS_ID, destWidth: 600, destHeight: 600 });
    const share = (Taro as unknown as { showShareImageMenu?: (o: { path: string }) => Promise<unknown> })
      .showShareImageMenu;
    if (share) await share({ path: tempFilePath });
    else await Taro.previewImage({ urls: [tempFilePath] });
  } catch {
    // Cancelled, or the canvas was not ready: nothing to report to a child.
  }
}

/** The shareable “自护小卫士” image: no name on it, only the score. */
export function QuizBadge({ score }: { score: number }) {
  const [image, setImage] = useState<string>();
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') setImage(drawInBrowser(score));
    else drawInWeapp(score);
  }, [score]);
  return (
    <View className="quiz-badge">
      <Text className="quiz-badge__title">你获得了“{QUIZ_BADGE_NAME}”徽章！</Text>
      {process.env.TARO_ENV === 'h5' ? (
        image && (
          <View className="quiz-badge__share">
            <Image className="quiz-badge__image" src={image} mode="aspectFit" />
            <a className="quiz-badge__save" href={image} download={`${QUIZ_BADGE_NAME}.png`}>
              保存徽章图片，分享给朋友
            </a>
          </View>
        )
      ) : (
        <View className="quiz-badge__share">
          <Canvas
            canvasId={CANVAS_ID}
            className="quiz-badge__image"
            style={{ width: `${SIZE}px`, height: `${SIZE}px` }}
          />
          <Tap className="quiz-badge__save" onTap={() => void shareFromWeapp()}>
            保存徽章图片，分享给朋友
          </Tap>
        </View>
      )}
    </View>
  );
}
