import Taro from '@tarojs/taro';
import type { ApiSchemas } from '@hulei/shared';
import { ApiError, api } from '../../api';
// Importing the session attaches the cadre's token to the API client.
import { cadreSession } from '../cadre/session';

export type Report = ApiSchemas['ReportDto'];
export type ReportTable = ApiSchemas['ReportTableDto'];
export type Narrative = ApiSchemas['NarrativeDto'];
export type SubmissionList = ApiSchemas['SubmissionListDto'];
export type Dashboard = ApiSchemas['DashboardDto'];
export type Chart = ApiSchemas['DashboardChartDto'];
export type Cell = ReportTable['rows'][number]['cells'][number];

export const reportsApi = {
  report: (regionCode: string, period: string) =>
    api.get('/api/cadre/reports/{regionCode}/{period}', { path: { regionCode, period } }),
  save: (regionCode: string, period: string, narrative: Narrative) =>
    api.put('/api/cadre/reports/{regionCode}/{period}/narrative', { path: { regionCode, period }, body: narrative }),
  submit: (regionCode: string, period: string) =>
    api.post('/api/cadre/reports/{regionCode}/{period}/submit', { path: { regionCode, period } }),
  sendBack: (regionCode: string, period: string, comment: string) =>
    api.post('/api/cadre/reports/{regionCode}/{period}/return', { path: { regionCode, period }, body: { comment } }),
  submissions: (regionCode: string, period: string) =>
    api.get('/api/cadre/reports/{regionCode}/{period}/submissions', { path: { regionCode, period } }),
  dashboard: (regionCode: string, month: string) =>
    api.get('/api/cadre/dashboards/{regionCode}', { path: { regionCode }, query: { month } }),
};

export type FileKind = 'export' | 'print' | 'details';

/**
 * A report's file (Excel, or the page to print): fetched with the cadre's token, then opened where
 * the platform can: WeChat's document viewer (which can forward it), or the browser's own tab.
 */
export async function openReportFile(
  regionCode: string,
  period: string,
  kind: FileKind,
  /** In the browser, the tab opened at the tap (a tab opened after a download would be blocked). */
  tab?: Window | null,
): Promise<void> {
  const token = cadreSession()?.accessToken;
  let answer: { statusCode: number; tempFilePath: string };
  try {
    answer = await Taro.downloadFile({
      url: `${HULEI_API_BASE}/api/cadre/reports/${regionCode}/${period}/${kind}`,
      header: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch {
    tab?.close();
    throw new ApiError('offline', '网络连不上，请检查网络后再导出');
  }
  const { statusCode, tempFilePath } = answer;
  if (statusCode !== 200) tab?.close();
  if (statusCode === 401) throw new ApiError('refused', '登录已失效，请重新登录后再导出', 401);
  if (statusCode === 403) throw new ApiError('refused', '明细只有县级及以上妇联可以导出', 403);
  if (statusCode !== 200) throw new ApiError('refused', '导出没有成功，请稍后再试', statusCode);
  if (process.env.TARO_ENV === 'h5') {
    if (kind === 'print') {
      if (tab) tab.location.href = tempFilePath;
      else window.open(tempFilePath, '_blank');
      return;
    }
    const link = document.createElement('a');
    link.href = tempFilePath;
    link.download = kind === 'details' ? `明细-${regionCode}-${period}.xlsx` : `工作报告-${regionCode}-${period}.xlsx`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    return;
  }
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
}
