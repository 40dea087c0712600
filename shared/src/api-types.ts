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
    "/api/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的自护课程：全国通用内容，加上读者所在县、市、省发布的本地内容 */
        get: operations["ContentController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一篇已发布的课程；未发布、已下架或不存在时 404 */
        get: operations["ContentController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始答题：随机抽 10 道题（不含答案）；不记录任何身份信息 */
        post: operations["QuizzesController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/attempts/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交卷：得分、每题的讲解，答对 8 题及以上得“自护小卫士”徽章；每份答卷只能交一次 */
        post: operations["QuizzesController_submit"];
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
        /** @enum {string} */
        Audience: "child_6_8" | "child_9_12" | "child_13_17" | "parent" | "cadre";
        /** @enum {string} */
        ContentKind: "article" | "video" | "poster";
        ContentSummaryDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ContentKind"];
            audience: components["schemas"]["Audience"];
            /** @example 我的身体我做主 */
            title: string;
            /** @example 泳衣遮住的地方是隐私部位，别人不能看、不能摸。 */
            summary: string;
            /** @description https 地址 */
            coverUrl: string | null;
            /** @description 视频文件的 https 地址（仅视频） */
            videoUrl: string | null;
            /** @description 发布的县/市/省；全国通用内容为 null */
            ownerRegionCode: string | null;
            /** Format: date-time */
            publishedAt: string;
        };
        ContentPageDto: {
            items: components["schemas"]["ContentSummaryDto"][];
            /**
             * @description 符合条件的总数
             * @example 4
             */
            total: number;
        };
        ContentItemDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ContentKind"];
            audience: components["schemas"]["Audience"];
            /** @example 我的身体我做主 */
            title: string;
            /** @example 泳衣遮住的地方是隐私部位，别人不能看、不能摸。 */
            summary: string;
            /** @description https 地址 */
            coverUrl: string | null;
            /** @description 视频文件的 https 地址（仅视频） */
            videoUrl: string | null;
            /** @description 发布的县/市/省；全国通用内容为 null */
            ownerRegionCode: string | null;
            /** Format: date-time */
            publishedAt: string;
            /** @description 已净化的 HTML：仅 p、h3、ul、ol、li、strong、em、br 与 https 图片 */
            bodyHtml: string;
        };
        /**
         * @description 答题人：哪个年龄段的孩子，或家长
         * @enum {string}
         */
        QuizAudience: "child_6_8" | "child_9_12" | "child_13_17" | "parent";
        StartQuizAttemptDto: {
            /** @description 答题人：哪个年龄段的孩子，或家长 */
            audience: components["schemas"]["QuizAudience"];
            /**
             * @description 答题人自愿选择的区划（通常是村），用于按地区统计
             * @example 431222114200
             */
            regionCode?: string;
        };
        /** @enum {string} */
        QuestionType: "single" | "multiple" | "true_false";
        QuizOptionDto: {
            /**
             * @description 选项的键；判断题为 T（对）与 F（错）
             * @example A
             */
            key: string;
            /** @example 马上告诉爸爸妈妈或老师 */
            text: string;
        };
        QuizQuestionDto: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["QuestionType"];
            /** @example 有人让你保守一个让你害怕的秘密，你应该怎么做？ */
            stem: string;
            options: components["schemas"]["QuizOptionDto"][];
        };
        QuizAttemptDto: {
            /**
             * Format: uuid
             * @description 交卷时用；不与任何人的身份关联
             */
            attemptId: string;
            /** @description 随机抽取的 10 道题，不含答案 */
            questions: components["schemas"]["QuizQuestionDto"][];
        };
        QuizAnswerDto: {
            /** Format: uuid */
            questionId: string;
            /**
             * @description 选中的选项键；单选题与判断题只能一个
             * @example [
             *       "A"
             *     ]
             */
            optionKeys: string[];
        };
        SubmitQuizDto: {
            /** @description 每道题一个答案；没有作答的题可以不交，按未答对计 */
            answers: components["schemas"]["QuizAnswerDto"][];
        };
        QuizQuestionResultDto: {
            /** Format: uuid */
            questionId: string;
            correct: boolean;
            /**
             * @example [
             *       "A",
             *       "C"
             *     ]
             */
            correctOptionKeys: string[];
            /** @description 答对时的肯定与补充，答错时的讲解（只教，不责备） */
            explanation: string;
        };
        QuizSubmissionResultDto: {
            /** @example 9 */
            score: number;
            /** @example 10 */
            total: number;
            /** @description 按出题顺序 */
            results: components["schemas"]["QuizQuestionResultDto"][];
            /** @description 答对 8 题及以上获得“自护小卫士”徽章 */
            badge: boolean;
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
    ContentController_list: {
        parameters: {
            query?: {
                /** @description 读者对象 */
                audience?: components["schemas"]["Audience"];
                kind?: components["schemas"]["ContentKind"];
                /** @description 读者所在区划（通常是村）：除全国通用内容外，还显示其县、市、省发布的本地内容 */
                regionCode?: string;
                page?: number;
                pageSize?: number;
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
                    "application/json": components["schemas"]["ContentPageDto"];
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
        };
    };
    ContentController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "application/json": components["schemas"]["ContentItemDto"];
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
    QuizzesController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartQuizAttemptDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizAttemptDto"];
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
    QuizzesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitQuizDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizSubmissionResultDto"];
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
            /** @description 与当前状态冲突 */
            409: {
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
