import { isHttpsUrl, sanitizeLessonHtml } from './html-sanitizer';

describe('lesson HTML sanitiser', () => {
  it('removes scripts with their content and keeps the text around them', () => {
    expect(
      sanitizeLessonHtml('<p>说“不”<script>alert(1)</script>走开</p><script src="https://x.example/a.js"></script>'),
    ).toBe('<p>说“不”走开</p>');
  });

  it('removes event handlers, styles, classes and ids', () => {
    expect(
      sanitizeLessonHtml(
        '<p onclick="steal()" style="background:url(https://t.example/p.gif)" class="x" id="y">告诉大人</p>',
      ),
    ).toBe('<p>告诉大人</p>');
    expect(sanitizeLessonHtml('<img src="https://cdn.example/a.png" onerror="steal()" alt="插图">')).toBe(
      '<img src="https://cdn.example/a.png" alt="插图" />',
    );
  });

  it('removes iframes, objects, forms, links and embedded styles', () => {
    const dirty =
      '<iframe src="https://evil.example">回退文字</iframe><object data="x.swf">x</object><embed src="y">' +
      '<style>p{}</style><link rel="stylesheet" href="https://t.example/x.css"><meta http-equiv="refresh" content="0">' +
      '<form action="https://evil.example"><input name="phone"></form><a href="https://evil.example">加我好友</a><p>正文</p>';
    expect(sanitizeLessonHtml(dirty)).toBe('加我好友<p>正文</p>');
  });

  it('removes images that are not absolute https, and tracking pixels', () => {
    for (const img of [
      '<img src="http://cdn.example/a.png">',
      '<img src="//cdn.example/a.png">',
      '<img src="/media/a.png">',
      '<img src="javascript:alert(1)">',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
      '<img>',
      '<img src="https://t.example/pixel.gif" width="1" height="1">',
      '<img src="https://t.example/pixel.gif" width="0">',
    ]) {
      expect(sanitizeLessonHtml(`<p>课</p>${img}`)).toBe('<p>课</p>');
    }
    expect(
      sanitizeLessonHtml('<img src="https://cdn.example/a.png" width="600" srcset="https://t.example/x 2x">'),
    ).toBe('<img src="https://cdn.example/a.png" />');
  });

  it('keeps the lesson tags as they are', () => {
    const clean =
      '<h3>标题</h3><p><strong>重</strong><em>点</em><br />换行</p><ul><li>一</li></ul><ol><li>二</li></ol>';
    expect(sanitizeLessonHtml(clean)).toBe(clean);
  });

  it('accepts only absolute https URLs for covers and videos', () => {
    expect(isHttpsUrl('https://cdn.example/v.mp4')).toBe(true);
    for (const bad of [
      'http://cdn.example/v.mp4',
      '//cdn.example/v.mp4',
      '/v.mp4',
      'javascript:alert(1)',
      'https://',
    ]) {
      expect(isHttpsUrl(bad)).toBe(false);
    }
  });
});
