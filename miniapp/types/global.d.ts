/// <reference types="@tarojs/taro" />

declare module '*.css'

/** The server origin of the WeChat build; empty in H5 (same origin). Set by config/index.ts. */
declare const HULEI_API_BASE: string

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5' | undefined
  }
}
