/// <reference types="@tarojs/taro" />

declare module '*.css';

/** The server origin of the WeChat build; empty in H5 (same origin). Set by config/index.ts. */
// A var, so tests can set it on globalThis as the build's define would.
// eslint-disable-next-line no-var
declare var HULEI_API_BASE: string;
/** The subscribe-message template id of cadre reminders (HULEI_WECHAT_TEMPLATE_ID at build time); '' when unset. */
// eslint-disable-next-line no-var
declare var HULEI_WECHAT_TEMPLATE_ID: string;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5' | undefined;
  }
}

declare module 'miniprogram-ci/dist/config/config' {
  /** Project attributes used when they cannot be fetched for the appid (offline checks). */
  export const DefaultProjectAttr: Record<string, unknown>;
}
