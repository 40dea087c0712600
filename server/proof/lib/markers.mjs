// The secrets the runs put in: free text, phone numbers and receipt codes. Part 5 looks for every
// one of them in the database files, the logs and the outbox. Free text carries a marker
// ("PRF" + 10 letters) so one pass of a regular expression finds any of them in a file.
import { randomInt } from 'node:crypto';

export const used = { texts: new Set(), phones: new Set(), receipts: new Set() };

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const STORIES = [
  '放学路上有人一直跟着我，还让我不要告诉别人',
  '邻居叔叔总是叫我去他家，我很害怕',
  '同学把我堵在厕所里打，老师不知道',
  '爸爸喝了酒就打妈妈和我',
  '有个网友要我发照片给他，不发就骂我',
];

export function marker() {
  let token = 'PRF';
  for (let i = 0; i < 10; i += 1) token += LETTERS[randomInt(LETTERS.length)];
  return token;
}

/** A child's words as the form would carry them, with a marker that makes them findable. */
export function story() {
  const text = `${STORIES[randomInt(STORIES.length)]}（${marker()}）`;
  used.texts.add(text.match(/PRF[A-Z]{10}/)[0]);
  return text;
}

/** A reply or a note: free text too. */
export function note(prefix = '我们已经知道了，会尽快联系你') {
  const token = marker();
  used.texts.add(token);
  return `${prefix} ${token}`;
}

/** A mainland mobile number no real test uses twice (199 + 8 digits). */
export function phone() {
  for (;;) {
    const number = `199${String(randomInt(100_000_000)).padStart(8, '0')}`;
    if (!used.phones.has(number)) {
      used.phones.add(number);
      return number;
    }
  }
}

export function receipt(code) {
  used.receipts.add(code);
}
