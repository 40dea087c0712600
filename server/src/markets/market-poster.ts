import { HOTLINES, QUIZ_BADGE_NAME } from '@hulei/shared';
import QRCode from 'qrcode';

export interface PosterEvent {
  code: string;
  marketName: string;
  regionPath: string;
  date: string;
  startTime: string;
  endTime: string;
  organisers: string;
  cancelled: boolean;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** "2026年6月6日 星期六" for a local YYYY-MM-DD. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${year}年${month}月${day}日 星期${WEEKDAYS[weekday]}`;
}

/** The plain QR code of an address, as a PNG big enough to print sharp at 6 cm. */
export function qrCodePng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', width: 600, margin: 2, errorCorrectionLevel: 'M' });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function dataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}

/**
 * The A4 poster as one self-contained HTML page (inline style, images as data URLs): the cadre's
 * browser prints it with its own Chinese fonts, so the server needs none.
 */
export function posterHtml(event: PosterEvent, landingUrl: string, qrPng: Buffer, wxaCodePng: Buffer | null): string {
  const e = escapeHtml;
  const codes = [
    `<figure class="code"><img id="qr-h5" src="${dataUrl(qrPng)}" alt="扫码二维码"><figcaption>微信或手机浏览器扫一扫</figcaption></figure>`,
    wxaCodePng
      ? `<figure class="code"><img id="qr-wxa" src="${dataUrl(wxaCodePng)}" alt="小程序码"><figcaption>微信扫一扫，打开“护蕾”小程序</figcaption></figure>`
      : '',
  ].join('');
  const hotlines = HOTLINES.map((h) => `<li><strong>${h.number}</strong><span>${e(h.label)}</span></li>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${e(`赶集普法海报 · ${event.marketName}`)}</title>
<style>
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #222; }
.sheet { width: 186mm; min-height: 270mm; margin: 0 auto; padding: 8mm 6mm; display: flex; flex-direction: column; gap: 6mm; }
header { text-align: center; border-bottom: 2mm solid #d9534f; padding-bottom: 4mm; }
.campaign { font-size: 14pt; color: #d9534f; letter-spacing: 2pt; }
h1 { font-size: 30pt; margin: 2mm 0; }
.when { font-size: 16pt; }
.where { font-size: 13pt; color: #555; }
.cancelled { font-size: 20pt; color: #fff; background: #d9534f; text-align: center; padding: 3mm; }
.codes { display: flex; justify-content: center; gap: 10mm; }
.code { margin: 0; text-align: center; }
.code img { width: 62mm; height: 62mm; image-rendering: pixelated; }
.code figcaption { font-size: 12pt; }
.offer { font-size: 14pt; text-align: center; }
.offer b { color: #d9534f; }
.hotlines { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
.hotlines li { border: 0.6mm solid #d9534f; border-radius: 3mm; padding: 3mm; text-align: center; }
.hotlines strong { display: block; font-size: 22pt; color: #d9534f; }
.organisers, .address { font-size: 11pt; color: #555; text-align: center; word-break: break-all; }
footer { margin-top: auto; text-align: center; font-size: 12pt; }
@media screen { body { background: #eee; } .sheet { background: #fff; margin: 8mm auto; } }
</style>
</head>
<body>
<main class="sheet">
<header>
<div class="campaign">利剑护蕾 · “湘妹子”赶集普法</div>
<h1>${e(event.marketName)}</h1>
<div class="when">${e(chineseDate(event.date))} ${e(event.startTime)}–${e(event.endTime)}</div>
<div class="where">${e(event.regionPath)}</div>
</header>
${event.cancelled ? '<div class="cancelled">本场活动已取消</div>' : ''}
<div class="offer">扫一扫：<b>三堂自护课</b> · <b>答题得“${e(QUIZ_BADGE_NAME)}”徽章</b> · <b>悄悄求助</b></div>
<section class="codes">${codes}</section>
<div class="address">${e(landingUrl)}&emsp;活动码 ${e(event.code)}</div>
<section>
<div class="offer">遇到危险或伤害，马上打电话：</div>
<ul class="hotlines">${hotlines}</ul>
</section>
${event.organisers ? `<div class="organisers">主办：${e(event.organisers)}</div>` : ''}
<footer>不是你的错。说出来，有人帮你。</footer>
</main>
</body>
</html>
`;
}
