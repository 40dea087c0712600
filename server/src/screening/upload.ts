import type { Request } from 'express';
import { AppError } from '../common/errors/app-error';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACCEPTED = [XLSX_TYPE, 'application/octet-stream'];

/** Reads an uploaded .xlsx body (sent as the raw request body), at most `limitBytes`. */
export function readUpload(request: Request, limitBytes: number): Promise<Buffer> {
  const type = (request.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!ACCEPTED.includes(type) || request.readableEnded) {
    return Promise.reject(AppError.validation('file', '请上传 Excel 表格（.xlsx），用下载的模板填写'));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        request.removeAllListeners('data');
        request.resume();
        reject(
          new AppError(
            'PAYLOAD_TOO_LARGE',
            `表格太大了（最多 ${Math.round(limitBytes / 1024 / 1024)} MB），请分成几个表格上传`,
          ),
        );
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
