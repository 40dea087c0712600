// Generated from server/openapi.json by server/scripts/api-contract.mjs. Do not edit by hand.
/* eslint-disable */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 省级区划列表；带 q 时按名称查找（可用 under 限定范围） */
        get: operations["RegionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个区划 */
        get: operations["RegionsController_getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下一级区划 */
        get: operations["RegionsController_listChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
            /**
             * @example sqlite
             * @enum {string}
             */
            database: "sqlite" | "mariadb" | "mysql";
            /**
             * @example demo
             * @enum {string}
             */
            mode: "demo" | "production";
        };
        /** @enum {string} */
        RegionLevel: "province" | "city" | "county" | "town" | "village";
        RegionSearchResultDto: {
            /**
             * @description 统计用区划代码（2/4/6/9/12 位）
             * @example 431222114200
             */
            code: string;
            /**
             * @description 通用名称
             * @example 太平铺村
             */
            name: string;
            level: components["schemas"]["RegionLevel"];
            /**
             * @description 上级区划名称，从省开始
             * @example 湖南省 怀化市 沅陵县 官庄镇
             */
            path: string;
        };
        /** @enum {string} */
        ErrorCode: "VALIDATION_FAILED" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CONFLICT" | "IDEMPOTENCY_KEY_REUSED" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "INTERNAL";
        FieldErrorDto: {
            /** @example regionCode */
            field: string;
            /** @example 区划代码应为 2、4、6、9 或 12 位数字 */
            message: string;
        };
        ErrorBodyDto: {
            /** @example 400 */
            statusCode: number;
            code: components["schemas"]["ErrorCode"];
            /** @example 提交的内容有误：regionCode: 区划代码应为 2、4、6、9 或 12 位数字 */
            message: string;
            /** @description 仅在校验失败时出现 */
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description 服务器内部错误时的请求编号，便于排查 */
            requestId?: string;
        };
        RegionDto: {
            /**
             * @description 统计用区划代码（2/4/6/9/12 位）
             * @example 431222114200
             */
            code: string;
            /**
             * @description 通用名称
             * @example 太平铺村
             */
            name: string;
            level: components["schemas"]["RegionLevel"];
            /** @example 431222114 */
            parentCode: string | null;
            /**
             * @description 统计用名称
             * @example 太平铺村村委会
             */
            officialName: string;
        };
        RegionSummaryDto: {
            /**
             * @description 统计用区划代码（2/4/6/9/12 位）
             * @example 431222114200
             */
            code: string;
            /**
             * @description 通用名称
             * @example 太平铺村
             */
            name: string;
            level: components["schemas"]["RegionLevel"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    RegionsController_list: {
        parameters: {
            query?: {
                /** @description 名称中的文字，或完整的区划代码 */
                q?: string;
                /** @description 只在这个区划之内查找 */
                under?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionSearchResultDto"][];
                };
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 不存在，或不在你的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegionsController_getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDto"];
                };
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 不存在，或不在你的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegionsController_listChildren: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionSummaryDto"][];
                };
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 不存在，或不在你的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
}
