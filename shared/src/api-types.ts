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
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管辖范围内的审计记录，新的在前（县级及以上） */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 浏览器登录：手机号 + 密码（+ 动态码） */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/wechat-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 小程序登录：本机微信 + 密码 */
        post: operations["AuthController_loginWithWechat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用 refreshToken 换新令牌（30 分钟无操作或登录满 12 小时后失效） */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用邀请码激活账号、设置密码（小程序中同时绑定微信），随后即登录 */
        post: operations["AuthController_redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的账号 */
        get: operations["AccountsController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码：所有登录随即失效，需重新登录 */
        post: operations["AccountsController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始绑定身份验证器：返回密钥 */
        post: operations["AccountsController_startTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 输入身份验证器上的动态码，完成绑定 */
        post: operations["AccountsController_confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 绑定本机微信，之后在小程序中用微信 + 密码登录 */
        post: operations["AccountsController_bindWechat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管辖范围内的账号 */
        get: operations["AccountsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个账号（管辖范围外为 404） */
        get: operations["AccountsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号：其登录立即失效 */
        post: operations["AccountsController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新启用账号 */
        post: operations["AccountsController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为下级发放一次性邀请码（7 天内有效） */
        post: operations["AccountsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 匿名求助：同一个 Idempotency-Key 重试得到同样的回答 */
        post: operations["HelpRequestsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help-requests/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用回执码查看进展和回复 */
        post: operations["HelpRequestsController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help-requests/lookup/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请删除自己写的内容：乡镇妇联审核后删除 */
        post: operations["HelpRequestsController_requestErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help-requests/lookup/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用回执码给村妇联留言 */
        post: operations["HelpRequestsController_addMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管辖范围内的求助，新的在前 */
        get: operations["CadreHelpRequestsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 求助详情（解密；每次查看都记入审计） */
        get: operations["CadreHelpRequestsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理 */
        post: operations["CadreHelpRequestsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回复求助者（对方用回执码可见） */
        post: operations["CadreHelpRequestsController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改为处理中或已解决 */
        post: operations["CadreHelpRequestsController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转介给公安、检察、卫健、一站式中心等 */
        post: operations["CadreHelpRequestsController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}/police-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录强制报告（向哪个派出所、何时报告、回执编号） */
        post: operations["CadreHelpRequestsController_policeReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结案；性侵害类未做强制报告时须写明理由，村级申请由乡镇审核 */
        post: operations["CadreHelpRequestsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除这条求助的文字内容（应求助者申请或乡镇决定；统计数字保留） */
        post: operations["CadreHelpRequestsController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/help-requests/{id}/closure-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 乡镇及以上审核村级的结案申请 */
        post: operations["CadreHelpRequestsController_reviewClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的提醒记录（是否送达、通过哪个渠道） */
        get: operations["NotificationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下级干部没有收到的提醒（请电话联系） */
        get: operations["NotificationsController_failures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录在小程序中同意接收的订阅消息 */
        post: operations["NotificationsController_subscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管辖范围内的舆情事项，含各级倒计时 */
        get: operations["PublicOpinionController_list"];
        put?: never;
        /** 省、市妇联登记舆情，开始"2112"逐级下发计时 */
        post: operations["PublicOpinionController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 舆情事项详情：每一级谁办理、办理了多久 */
        get: operations["PublicOpinionController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-cases/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本级受理 */
        post: operations["PublicOpinionController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-cases/{id}/hand-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下发给下一级（市→县→乡镇） */
        post: operations["PublicOpinionController_handOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-cases/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 乡镇反馈核实情况和已启动的服务（2 小时内） */
        post: operations["PublicOpinionController_feedback"];
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
    "/api/cadre/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管辖范围内的本地内容（任何状态），最近修改的在前 */
        get: operations["ContentAuthoringController_list"];
        put?: never;
        /** 写一篇草稿；正文保存时净化 */
        post: operations["ContentAuthoringController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/content/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一篇本地内容（管辖范围外为 404） */
        get: operations["ContentAuthoringController_get"];
        /** 修改草稿或已下架的内容（改后为草稿） */
        put: operations["ContentAuthoringController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/content/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 */
        post: operations["ContentAuthoringController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/content/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过并发布：须是作者以外的人，同级或上级 */
        post: operations["ContentAuthoringController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/content/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改，写明意见 */
        post: operations["ContentAuthoringController_returnForChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/content/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下架已发布的内容 */
        post: operations["ContentAuthoringController_withdraw"];
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
    "/api/cadre/quiz-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管辖范围内的答题情况：份数、平均分、各年龄段人数、答错最多的 10 道题 */
        get: operations["QuizStatsController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/market-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管辖范围内的赶集普法活动，带扫码、答题、求助次数（不识别任何人） */
        get: operations["MarketEventsController_list"];
        put?: never;
        /** 新建赶集普法活动（乡镇须在管辖范围内） */
        post: operations["MarketEventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/market-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一场活动和它的计数 */
        get: operations["MarketEventsController_get"];
        /** 修改活动 */
        put: operations["MarketEventsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/market-events/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消活动：扫码仍能打开，页面写明已取消 */
        post: operations["MarketEventsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/market-events/{id}/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A4 海报（HTML，用浏览器打印）：二维码、活动、求助电话 110/12338/12355/120 */
        get: operations["MarketEventsController_poster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/market-events/{id}/qr-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 普通二维码（PNG），指向网页版活动页 */
        get: operations["MarketEventsController_qrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/markets/events/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 扫码后的活动页：活动、三堂课；活动码不存在时 404 */
        get: operations["MarketLandingController_landing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/markets/events/{code}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记一次扫码打开（只加计数，不记录任何身份信息） */
        post: operations["MarketLandingController_scan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/{id}/reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记一次课程阅读（只加当天按地区的计数，不记录任何身份信息）；课程未发布或不存在时 404 */
        post: operations["LessonReadsController_count"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/household-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载户籍名单导入模板（.xlsx，含填写说明） */
        get: operations["ScreeningController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/villages/{villageCode}/households/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入一个村的户籍名单：整张表要么全部导入，要么一户也不导入（逐行报错） */
        post: operations["ScreeningController_importHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/villages/{villageCode}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 村里的户（网格员只看到自己网格的户），可按本次活动已走访/未走访筛选 */
        get: operations["ScreeningController_listHouseholds"];
        put?: never;
        /** 手工添加一户 */
        post: operations["ScreeningController_addHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一户的详情：儿童、历次走访（每次查看都记入审计） */
        get: operations["ScreeningController_household"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/unvisited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 零遗留：本次活动还没走访的户 */
        get: operations["ScreeningController_unvisited"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/villages/{villageCode}/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 村里的网格和网格员 */
        get: operations["ScreeningController_grids"];
        put?: never;
        /** 新建网格 */
        post: operations["ScreeningController_createGrid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/grids/{gridId}/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 指派网格员 */
        post: operations["ScreeningController_assignWorker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/grids/{gridId}/workers/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消网格员的指派 */
        delete: operations["ScreeningController_unassignWorker"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记一次敲门走访（六看六问 12 项）；离线保存后同步，重试用同一个 Idempotency-Key
         * @description 第 1 项有问题时可带 harmCase：同时建立求助（来源：走访）并记录强制报告。
         */
        post: operations["ScreeningController_recordVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/visits/{id}/harm-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为已同步的走访建立求助并记录强制报告（已建立过则不重复建立） */
        post: operations["ScreeningController_harmCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访覆盖：已走访/总户数、下一级明细、各项问题户数、活动阶段 */
        get: operations["ScreeningController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/screening/campaigns/{countyCode}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 县妇联设定本年度活动日期（动员部署、工作实施、总结上报） */
        put: operations["ScreeningController_setCampaign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管辖范围内的台账，新的在前；可只看回访逾期的（查看记入审计） */
        get: operations["CareRecordsController_list"];
        put?: never;
        /** 建立重点关爱台账（可从求助或敲门走访建立） */
        post: operations["CareRecordsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/records/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出台账（Excel；仅县级及以上，记入审计） */
        get: operations["CareRecordsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账详情（解密；每次查看都记入审计） */
        get: operations["CareRecordsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 更新类别、风险等级、监护情况、学校、工作记录 */
        patch: operations["CareRecordsController_update"];
        trace?: never;
    };
    "/api/cadre/care/records/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录一项服务：五位一体或儿童服务站心理辅导 */
        post: operations["CareRecordsController_addService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/records/{id}/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结对帮扶：一对一或多对一，默认每月至少回访一次 */
        post: operations["CareRecordsController_pair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/records/{id}/pairings/{pairingId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束一位帮扶人的结对 */
        post: operations["CareRecordsController_endPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/records/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结案：结对随之结束；保存期满后姓名等信息删除，只留匿名统计 */
        post: operations["CareRecordsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/follow-up-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结对儿童的回访计划（志愿者只看到自己结对的儿童） */
        get: operations["FollowUpPlansController_plans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/follow-up-plans/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一名结对儿童的回访计划和回访记录 */
        get: operations["FollowUpPlansController_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/care/follow-up-plans/{recordId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录一次回访 */
        post: operations["FollowUpPlansController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/reports/{regionCode}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个地区某月的工作月报（或某年的年度总结）：数字由数据统计，小数字对本地区以外显示为 <5 */
        get: operations["ReportsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/reports/{regionCode}/{period}/narrative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存本级填写的工作经验、存在问题、意见建议（上报后不能再改，退回后可改） */
        put: operations["ReportsController_saveNarrative"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/reports/{regionCode}/{period}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上报给上一级（数字以上报时为准；重复上报为 409） */
        post: operations["ReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/reports/{regionCode}/{period}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上一级退回下级已上报的报告，并写明意见 */
        post: operations["ReportsController_returnReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/reports/{regionCode}/{period}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下一级各地区的上报情况：谁已上报、谁逾期未报 */
        get: operations["ReportsController_submissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/reports/{regionCode}/{period}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出报告（Excel：封面、每部分一张表、工作总结、下级上报情况） */
        get: operations["ReportsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/reports/{regionCode}/{period}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印版（A4 网页，可存为 PDF） */
        get: operations["ReportsController_print"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/reports/{regionCode}/{period}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出明细（Excel：求助、舆情逐条，无任何个人信息和文字内容；仅县级及以上，记入审计） */
        get: operations["ReportsController_details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadre/dashboards/{regionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据看板：近 12 个月趋势、类别、分地区、覆盖率、时限达标率，每张图附数据表 */
        get: operations["DashboardsController_dashboard"];
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
        ErrorCode: "VALIDATION_FAILED" | "NOT_FOUND" | "UNAUTHENTICATED" | "TOTP_REQUIRED" | "TOTP_ENROLMENT_REQUIRED" | "FORBIDDEN" | "CONFLICT" | "IDEMPOTENCY_KEY_REUSED" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "INTERNAL";
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
        AuditEventDto: {
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "login_succeeded" | "login_failed" | "login_locked" | "token_refreshed" | "logout" | "session_refused" | "jurisdiction_denied" | "record_read" | "account_created" | "account_disabled" | "account_enabled" | "password_changed" | "invitation_created" | "invitation_redeemed" | "invitation_refused" | "totp_enrolled" | "wechat_bound" | "audit_read" | "receipt_lookup_failed" | "help_request_erased" | "household_import" | "ledger_export" | "care_record_closed" | "care_record_purged" | "content_created" | "content_updated" | "content_submitted" | "content_approved" | "content_returned" | "content_withdrawn" | "market_event_created" | "market_event_updated" | "market_event_cancelled" | "report_submitted" | "report_returned" | "report_detail_export";
            /** @enum {string} */
            outcome: "ok" | "denied" | "failed";
            actorAccountId: string | null;
            actorRole: string | null;
            subjectType: string | null;
            subjectId: string | null;
            regionCode: string | null;
            detail: string | null;
        };
        LoginDto: {
            /** @example 13800000001 */
            phone: string;
            /** @example Hulei@2026 */
            password: string;
            /**
             * @description 身份验证器上的 6 位动态码（县级及以上绑定后必填）
             * @example 123456
             */
            totp?: string;
        };
        /** @enum {string} */
        Role: "federation_village" | "federation_town" | "federation_county" | "federation_city" | "federation_province" | "grid_worker" | "partner_police" | "partner_procuratorate" | "partner_justice" | "partner_health" | "partner_education" | "partner_civil_affairs" | "volunteer";
        LoginUserDto: {
            id: string;
            /** @example 太平铺村妇联主席 */
            name: string;
            role: components["schemas"]["Role"];
            /** @example 431222114200 */
            regionCode: string;
        };
        LoginResultDto: {
            /** @description Bearer 令牌，15 分钟有效 */
            accessToken: string;
            /** @example 900 */
            expiresIn: number;
            /** @description 用于 /api/auth/refresh 换取新令牌；每次使用后更换 */
            refreshToken: string;
            /** @description 为 true 时须先绑定身份验证器，其他功能暂不可用 */
            totpEnrolmentRequired: boolean;
            user: components["schemas"]["LoginUserDto"];
        };
        WechatLoginDto: {
            /** @description 小程序 wx.login 得到的 code */
            code: string;
            password: string;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RedeemInvitationDto: {
            /**
             * @description 8 位邀请码
             * @example K7M2QX9P
             */
            code: string;
            /** @description 新密码：至少 8 位，包含字母和数字 */
            password: string;
            /** @description 在小程序中激活时，wx.login 得到的 code，用于绑定微信 */
            wechatCode?: string;
        };
        AccountDto: {
            id: string;
            name: string;
            /**
             * @description 手机号，中间四位隐藏
             * @example 138****0001
             */
            phone: string;
            role: components["schemas"]["Role"];
            regionCode: string;
            /** @example 太平铺村 */
            regionName: string;
            /** @enum {string} */
            status: "active" | "disabled";
            totpEnrolled: boolean;
            wechatBound: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description 至少 8 位，包含字母和数字 */
            newPassword: string;
        };
        TotpEnrolmentDto: {
            /** @description Base32 密钥，手动输入到身份验证器 */
            secret: string;
            /** @description otpauth:// 地址，可生成二维码扫码添加 */
            otpauthUri: string;
        };
        ConfirmTotpDto: {
            /** @example 123456 */
            code: string;
        };
        BindWechatDto: {
            /** @description 小程序 wx.login 得到的 code */
            code: string;
        };
        AccountPageDto: {
            items: components["schemas"]["AccountDto"][];
            total: number;
        };
        CreateInvitationDto: {
            /** @example 王秀英 */
            name: string;
            /** @example 13900000009 */
            phone: string;
            role: components["schemas"]["Role"];
            /**
             * @description 账号所属区划，级别须与角色一致
             * @example 431222114255
             */
            regionCode: string;
        };
        InvitationCreatedDto: {
            id: string;
            /**
             * @description 8 位邀请码，只显示这一次
             * @example K7M2QX9P
             */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            name: string;
            role: components["schemas"]["Role"];
            regionCode: string;
        };
        /** @enum {string} */
        HelpCategory: "sexual_abuse" | "domestic_violence" | "bullying" | "trafficking" | "neglect" | "mental_health" | "other";
        /** @enum {string} */
        Urgency: "urgent" | "normal";
        /** @enum {string} */
        RequesterRole: "child" | "parent" | "other";
        SubmitHelpRequestDto: {
            category: components["schemas"]["HelpCategory"];
            /** @description 用自己的话说一说（最多 2000 字） */
            description: string;
            /**
             * @description 所在的村（12 位区划代码）
             * @example 431222114200
             */
            regionCode: string;
            /** @default normal */
            urgency: components["schemas"]["Urgency"];
            /** @default other */
            requesterRole: components["schemas"]["RequesterRole"];
            /**
             * @description 可不填；留下电话，村妇联会打给你
             * @example 13900001234
             */
            contactPhone?: string;
            /** @description 从赶集普法二维码进入时的活动编号 */
            marketEventId?: string;
        };
        /** @enum {string} */
        HelpStatus: "submitted" | "acknowledged" | "in_progress" | "referred" | "resolved" | "closed";
        HelpRequestReceiptDto: {
            /**
             * @description 16 位回执码：只显示这一次，请记下
             * @example 4821093375126648
             */
            receiptCode: string;
            status: components["schemas"]["HelpStatus"];
            /** Format: date-time */
            createdAt: string;
        };
        LookupDto: {
            /** @example 4821093375126648 */
            receiptCode: string;
        };
        ConversationMessageDto: {
            /** @enum {string} */
            from: "requester" | "cadre";
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        LookupResultDto: {
            status: components["schemas"]["HelpStatus"];
            category: components["schemas"]["HelpCategory"];
            /** Format: date-time */
            createdAt: string;
            messages: components["schemas"]["ConversationMessageDto"][];
        };
        RequesterMessageDto: {
            /** @example 4821093375126648 */
            receiptCode: string;
            body: string;
        };
        /** @enum {string} */
        HandlingLevel: "village" | "town" | "county" | "city";
        InboxItemDto: {
            id: string;
            category: components["schemas"]["HelpCategory"];
            status: components["schemas"]["HelpStatus"];
            urgency: components["schemas"]["Urgency"];
            regionCode: string;
            /** @example 太平铺村 */
            regionName: string;
            handlingLevel: components["schemas"]["HandlingLevel"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description 当前这一步的截止时间
             */
            dueAt: string | null;
            /** @description 强制报告已超时（红色标记） */
            policeReportOverdue: boolean;
        };
        InboxPageDto: {
            items: components["schemas"]["InboxItemDto"][];
            total: number;
        };
        CadreMessageDto: {
            /** @enum {string} */
            from: "requester" | "cadre";
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @description 回复的干部 */
            authorName?: string;
        };
        TimelineEventDto: {
            /** @enum {string} */
            kind: "submitted" | "routed" | "acknowledged" | "requester_message" | "cadre_message" | "status_changed" | "referred" | "police_report" | "escalated" | "deadline_missed" | "police_report_overdue" | "closure_requested" | "closure_approved" | "closure_returned" | "closed" | "purged" | "erasure_requested" | "erased";
            /** Format: date-time */
            at: string;
            /** @description 此后由哪一级处理 */
            level: string;
            regionCode: string;
            /** @description 操作的干部 */
            actorName?: string;
            /** @description 说明（状态、转介部门、理由等） */
            note?: string;
            data?: string;
        };
        PoliceReportDto: {
            policeStation: string | null;
            /** Format: date-time */
            reportedAt: string;
            reference: string | null;
        };
        HelpRequestDetailDto: {
            id: string;
            category: components["schemas"]["HelpCategory"];
            status: components["schemas"]["HelpStatus"];
            urgency: components["schemas"]["Urgency"];
            regionCode: string;
            /** @example 太平铺村 */
            regionName: string;
            handlingLevel: components["schemas"]["HandlingLevel"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description 当前这一步的截止时间
             */
            dueAt: string | null;
            /** @description 强制报告已超时（红色标记） */
            policeReportOverdue: boolean;
            requesterRole: components["schemas"]["RequesterRole"];
            /** @description 超过保存期限后为 null */
            description: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** @description 是否已做强制报告 */
            policeReported: boolean;
            /** @description 村级已申请结案，等待乡镇审核 */
            closurePending: boolean;
            /** @description 求助者申请删除内容，等待乡镇审核 */
            erasureRequested: boolean;
            /** @description 内容已删除（保存期满或应申请） */
            erased: boolean;
            closureReason: string | null;
            messages: components["schemas"]["CadreMessageDto"][];
            events: components["schemas"]["TimelineEventDto"][];
            policeReports: components["schemas"]["PoliceReportDto"][];
        };
        ReplyDto: {
            body: string;
        };
        ChangeStatusDto: {
            /** @enum {string} */
            status: "in_progress" | "resolved";
            note?: string;
        };
        ReferralDto: {
            /** @enum {string} */
            department: "police" | "procuratorate" | "court" | "justice" | "health" | "education" | "civil_affairs" | "one_stop_centre";
            /** @description 转介了什么 */
            note?: string;
        };
        RecordPoliceReportDto: {
            /** @example 官庄派出所 */
            policeStation: string;
            /**
             * Format: date-time
             * @description 报告时间（ISO 8601）
             */
            reportedAt: string;
            /** @description 回执或案件编号 */
            reference?: string;
        };
        CloseDto: {
            /** @description 性侵害类求助未做强制报告时必填，由乡镇审核 */
            reason?: string;
        };
        CloseResultDto: {
            status: components["schemas"]["HelpStatus"];
            /** @description true：已提交乡镇审核，审核通过后结案 */
            closurePending: boolean;
        };
        EraseDto: {
            /** @description 删除的理由（例如：求助者申请，已核实） */
            reason: string;
        };
        ClosureReviewDto: {
            approve: boolean;
            comment?: string;
        };
        NotificationDto: {
            id: string;
            /** @enum {string} */
            kind: "new_help_request" | "help_request_escalated" | "help_request_deadline" | "police_report_deadline" | "police_report_overdue" | "opinion_case_assigned" | "opinion_step_missed" | "opinion_feedback_overdue" | "erasure_requested" | "monthly_report_draft" | "report_returned" | "summary_report_reminder";
            /** @example 您有一条新的求助，请及时处理 */
            text: string;
            /** @enum {string} */
            state: "pending" | "sending" | "sent" | "failed" | "undeliverable";
            /** @enum {string|null} */
            channel: "wechat" | "sms" | null;
            attempts: number;
            /** @description 最后一次失败的原因代码 */
            lastError: string | null;
            regionCode: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @description 收件干部（仅在下级投递失败列表中） */
            accountName?: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            total: number;
        };
        SubscribeDto: {
            /** @description wx.requestSubscribeMessage 中同意的一次性订阅条数 */
            accepted: number;
            /** @description 同意了长期订阅（政务类小程序） */
            longTerm?: boolean;
        };
        SubscriptionDto: {
            oneTimeRemaining: number;
            longTerm: boolean;
        };
        CreateOpinionCaseDto: {
            /**
             * @description 舆情涉及的乡镇或村
             * @example 431222114200
             */
            regionCode: string;
            /** @enum {string} */
            severity: "high" | "medium" | "low";
            /** @description 舆情内容摘要 */
            description: string;
            /** @description 来源链接或说明 */
            source?: string;
        };
        OpinionStepDto: {
            /** @enum {string} */
            level: "province" | "city" | "county" | "town";
            regionCode: string;
            regionName: string;
            /** Format: date-time */
            receivedAt: string;
            /**
             * Format: date-time
             * @description 下发截止时间（乡镇一级为 null，以反馈时限为准）
             */
            dueAt: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            acknowledgedByName?: string;
            /** Format: date-time */
            handedOnAt: string | null;
            handedOnByName?: string;
            /** @description 在这一级停留的秒数（至今或至下发） */
            heldSeconds: number;
            /** @description 是否超时 */
            missed: boolean;
        };
        OpinionCaseDetailDto: {
            id: string;
            regionCode: string;
            /** @enum {string} */
            severity: "high" | "medium" | "low";
            /** @enum {string} */
            status: "open" | "feedback_reported";
            /**
             * @description 现在由哪一级办理
             * @enum {string}
             */
            currentLevel: "province" | "city" | "county" | "town";
            currentRegionCode: string;
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description 当前这一级的下发截止时间
             */
            stepDueAt: string | null;
            /**
             * Format: date-time
             * @description 2 小时反馈截止时间
             */
            feedbackDueAt: string;
            /** @description 已有一级超时或反馈超时 */
            overdue: boolean;
            description: string;
            source: string | null;
            feedback: string | null;
            /** Format: date-time */
            feedbackAt: string | null;
            /** @description 谁办理、办理了多久 */
            steps: components["schemas"]["OpinionStepDto"][];
        };
        OpinionCaseSummaryDto: {
            id: string;
            regionCode: string;
            /** @enum {string} */
            severity: "high" | "medium" | "low";
            /** @enum {string} */
            status: "open" | "feedback_reported";
            /**
             * @description 现在由哪一级办理
             * @enum {string}
             */
            currentLevel: "province" | "city" | "county" | "town";
            currentRegionCode: string;
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description 当前这一级的下发截止时间
             */
            stepDueAt: string | null;
            /**
             * Format: date-time
             * @description 2 小时反馈截止时间
             */
            feedbackDueAt: string;
            /** @description 已有一级超时或反馈超时 */
            overdue: boolean;
        };
        OpinionCasePageDto: {
            items: components["schemas"]["OpinionCaseSummaryDto"][];
            total: number;
        };
        FeedbackDto: {
            /** @description 核实的情况 */
            facts: string;
            /** @description 已启动的服务（如心理疏导、一站式中心） */
            serviceStarted: string;
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
        /** @enum {string} */
        ContentStatus: "draft" | "in_review" | "published" | "withdrawn";
        CadreContentItemDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ContentKind"];
            audience: components["schemas"]["Audience"];
            title: string;
            summary: string;
            /** @description 已净化的 HTML */
            bodyHtml: string;
            coverUrl: string | null;
            videoUrl: string | null;
            status: components["schemas"]["ContentStatus"];
            /**
             * @description 内容所属的县、市或省
             * @example 431222
             */
            ownerRegionCode: string;
            /** @description 最后编辑的人（账号编号） */
            authorAccountId: string | null;
            /** @description 最后审核的人（账号编号） */
            reviewerAccountId: string | null;
            /** @description 退回修改时审核人的意见 */
            reviewComment: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CadreContentPageDto: {
            items: components["schemas"]["CadreContentItemDto"][];
            /** @example 3 */
            total: number;
        };
        CreateContentDto: {
            kind: components["schemas"]["ContentKind"];
            /** @description 读者对象 */
            audience: components["schemas"]["Audience"];
            /** @example 赶集日，带孩子来听一堂自护课 */
            title: string;
            /** @example 县妇联和法官在集市上讲：怎样教孩子保护自己。 */
            summary: string;
            /** @description HTML 正文；保存时净化：只留 p、h3、ul、ol、li、strong、em、br 与 https 图片 */
            bodyHtml: string;
            /** @description 封面图 https 地址 */
            coverUrl?: string | null;
            /** @description 视频文件 https 地址（视频必填） */
            videoUrl?: string | null;
            /**
             * @description 内容属于哪个县、市或省（须在你的管辖范围内）；不填为你所在的区划
             * @example 431222
             */
            ownerRegionCode?: string;
        };
        ContentDraftDto: {
            kind: components["schemas"]["ContentKind"];
            /** @description 读者对象 */
            audience: components["schemas"]["Audience"];
            /** @example 赶集日，带孩子来听一堂自护课 */
            title: string;
            /** @example 县妇联和法官在集市上讲：怎样教孩子保护自己。 */
            summary: string;
            /** @description HTML 正文；保存时净化：只留 p、h3、ul、ol、li、strong、em、br 与 https 图片 */
            bodyHtml: string;
            /** @description 封面图 https 地址 */
            coverUrl?: string | null;
            /** @description 视频文件 https 地址（视频必填） */
            videoUrl?: string | null;
        };
        ReturnContentDto: {
            /** @example 第二段的说法对 6 岁孩子太难，请改得更口语一些。 */
            comment: string;
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
            /**
             * Format: uuid
             * @description 从赶集普法活动页进入时，活动的编号（只用于按活动计数）
             */
            marketEventId?: string;
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
            /** @description 交卷时用（签名的答卷编号，抽题时不存任何东西）；不与任何人的身份关联 */
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
        QuizAudienceStatsDto: {
            audience: components["schemas"]["QuizAudience"];
            /**
             * @description 开始答题的份数
             * @example 40
             */
            attempts: number;
            /**
             * @description 交卷的份数
             * @example 36
             */
            completed: number;
            /**
             * @description 交卷的平均分（满分 10）
             * @example 7.4
             */
            averageScore: number | null;
        };
        MissedQuestionDto: {
            /** Format: uuid */
            questionId: string;
            audience: components["schemas"]["QuizAudience"];
            /** @example 有人让你保守一个让你害怕的秘密，你应该怎么做？ */
            stem: string;
            /**
             * @description 作答次数（未答也算）
             * @example 30
             */
            answered: number;
            /**
             * @description 答错或未答的次数
             * @example 12
             */
            missed: number;
            /**
             * @description 答错率，0–1
             * @example 0.4
             */
            missRate: number;
        };
        QuizStatsDto: {
            /** @example 2026-06-01 */
            from: string;
            /** @example 2026-06-30 */
            to: string;
            /**
             * @description 开始答题的份数
             * @example 120
             */
            attempts: number;
            /**
             * @description 交卷的份数
             * @example 104
             */
            completed: number;
            /**
             * @description 交卷的平均分（满分 10）
             * @example 7.8
             */
            averageScore: number | null;
            byAudience: components["schemas"]["QuizAudienceStatsDto"][];
            /** @description 答错率最高的 10 道题：下一步该教什么 */
            mostMissed: components["schemas"]["MissedQuestionDto"][];
        };
        /** @enum {string} */
        MarketEventStatus: "scheduled" | "cancelled";
        MarketCountersDto: {
            /**
             * @description 扫码打开活动页的次数
             * @example 120
             */
            scans: number;
            /**
             * @description 从活动页答完的题数（份）
             * @example 45
             */
            quizzes: number;
            /**
             * @description 从活动页提交的求助数
             * @example 1
             */
            helpRequests: number;
        };
        MarketEventDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description 二维码里的活动码
             * @example K7M2QX9P
             */
            code: string;
            /** @example 官庄集 */
            marketName: string;
            /** @example 431222114 */
            townCode: string;
            /** @example 官庄镇 */
            townName: string;
            /** @example 2026-06-06 */
            date: string;
            /** @example 08:00 */
            startTime: string;
            /** @example 12:00 */
            endTime: string;
            /** @example 县妇联、县人民法院少年法庭法官 */
            organisers: string;
            status: components["schemas"]["MarketEventStatus"];
            counters: components["schemas"]["MarketCountersDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MarketEventPageDto: {
            items: components["schemas"]["MarketEventDto"][];
            /** @example 2 */
            total: number;
        };
        MarketEventInputDto: {
            /**
             * @description 集市名称
             * @example 官庄集
             */
            marketName: string;
            /**
             * @description 集市所在乡镇（须在你的管辖范围内）
             * @example 431222114
             */
            townCode: string;
            /**
             * @description 赶集日期（当地日期）
             * @example 2026-06-06
             */
            date: string;
            /**
             * @description 开始时间
             * @example 08:00
             */
            startTime: string;
            /**
             * @description 结束时间，晚于开始时间
             * @example 12:00
             */
            endTime: string;
            /**
             * @description 摆摊的单位和人员，印在海报上
             * @example 县妇联、县人民法院少年法庭法官、县司法局律师
             */
            organisers?: string;
        };
        MarketLandingDto: {
            /**
             * Format: uuid
             * @description 答题和求助时作为 marketEventId 带上
             */
            id: string;
            /** @example K7M2QX9P */
            code: string;
            /** @example 官庄集 */
            marketName: string;
            /**
             * @description 求助时预先选好的乡镇
             * @example 431222114
             */
            townCode: string;
            /** @example 官庄镇 */
            townName: string;
            /** @example 湖南省 怀化市 沅陵县 官庄镇 */
            regionPath: string;
            /** @example 2026-06-06 */
            date: string;
            /** @example 08:00 */
            startTime: string;
            /** @example 12:00 */
            endTime: string;
            /** @example 县妇联、县人民法院少年法庭法官 */
            organisers: string;
            status: components["schemas"]["MarketEventStatus"];
            /** @description 三堂课：6–8 岁、9–12 岁、家长各一堂 */
            lessons: components["schemas"]["ContentSummaryDto"][];
        };
        LessonReadDto: {
            /**
             * @description 读者自愿记住的区划（任一级，通常是村或乡镇），只用于按地区统计阅读次数
             * @example 431222114200
             */
            regionCode?: string;
            /**
             * Format: uuid
             * @description 从赶集普法活动页打开时，活动的编号；没有区划时按活动所在乡镇统计
             */
            marketEventId?: string;
        };
        ImportResultDto: {
            /** @description 导入的户数 */
            households: number;
            /** @description 导入的儿童人数 */
            children: number;
            /** @description 按表格新建的网格 */
            gridsCreated: string[];
        };
        ChildInputDto: {
            /** @example 张小花 */
            name: string;
            /** @example 2015 */
            birthYear: number;
        };
        CreateHouseholdDto: {
            /** @example 太平铺村一组12号 */
            address: string;
            /** @example 张建国 */
            headName: string;
            /** @description 所属网格编号 */
            gridId?: string;
            children: components["schemas"]["ChildInputDto"][];
        };
        HouseholdChildDto: {
            name: string;
            birthYear: number;
        };
        /** @enum {string} */
        ChecklistItemId: "look_harm" | "ask_harm" | "look_health" | "ask_health" | "look_lodging" | "ask_lodging" | "look_environment" | "ask_environment" | "look_schooling" | "ask_schooling" | "look_holidays" | "ask_holidays";
        VisitSummaryDto: {
            id: string;
            /** @example 2026-06-12 */
            visitedOn: string;
            visitorName: string;
            concerns: components["schemas"]["ChecklistItemId"][];
            /** @description 走访中发现线索后建立的求助 */
            helpRequestId: string | null;
            policeReported: boolean;
        };
        HouseholdDetailDto: {
            id: string;
            villageCode: string;
            gridId: string | null;
            address: string;
            headName: string;
            childCount: number;
            /** @description 本次活动是否已走访 */
            visited: boolean;
            /** Format: date-time */
            lastVisitedAt: string | null;
            children: components["schemas"]["HouseholdChildDto"][];
            gridName: string | null;
            visits: components["schemas"]["VisitSummaryDto"][];
        };
        HouseholdSummaryDto: {
            id: string;
            villageCode: string;
            gridId: string | null;
            address: string;
            headName: string;
            childCount: number;
            /** @description 本次活动是否已走访 */
            visited: boolean;
            /** Format: date-time */
            lastVisitedAt: string | null;
        };
        HouseholdPageDto: {
            items: components["schemas"]["HouseholdSummaryDto"][];
            total: number;
        };
        CreateGridDto: {
            /** @example 一组 */
            name: string;
        };
        GridWorkerDto: {
            accountId: string;
            name: string;
        };
        GridDto: {
            id: string;
            name: string;
            villageCode: string;
            /** @description 这个网格里登记的户数 */
            households: number;
            workers: components["schemas"]["GridWorkerDto"][];
        };
        AssignGridWorkerDto: {
            /** @description 网格员账号编号 */
            accountId: string;
        };
        /** @enum {string} */
        ChecklistAnswer: "fine" | "concern" | "not_applicable";
        ChecklistAnswerDto: {
            item: components["schemas"]["ChecklistItemId"];
            answer: components["schemas"]["ChecklistAnswer"];
            note?: string;
        };
        VisitPoliceReportDto: {
            /** @example 官庄派出所 */
            policeStation: string;
            /**
             * Format: date-time
             * @description 报告时间
             */
            reportedAt: string;
            /** @description 回执或接警编号 */
            reference?: string;
        };
        HarmCaseDto: {
            category: components["schemas"]["HelpCategory"];
            /** @description 发现了什么（只记事实，加密保存） */
            description: string;
            /** @default urgent */
            urgency: components["schemas"]["Urgency"];
            /** @description 强制报告：已向公安报告时填写 */
            policeReport?: components["schemas"]["VisitPoliceReportDto"];
        };
        RecordVisitDto: {
            householdId: string;
            /**
             * @description 走访日期
             * @example 2026-06-12
             */
            visitedOn: string;
            /**
             * @description 在场人员
             * @example 网格员李梅、户主张建国、张小花
             */
            attendees: string;
            /** @description 六看六问的 12 项，每项一条 */
            answers: components["schemas"]["ChecklistAnswerDto"][];
            /** @description 第 1 项有问题时：建立求助并可同时记录强制报告 */
            harmCase?: components["schemas"]["HarmCaseDto"];
        };
        VisitResultDto: {
            id: string;
            householdId: string;
            visitedOn: string;
            concerns: components["schemas"]["ChecklistItemId"][];
            helpRequestId: string | null;
            policeReported: boolean;
        };
        CoveragePartDto: {
            /** @description 下一级区划代码，村一级为网格编号；null 为未分网格 */
            code: string | null;
            name: string;
            total: number;
            visited: number;
        };
        ConcernCountDto: {
            item: components["schemas"]["ChecklistItemId"];
            /** @description 本项有问题的户数 */
            households: number;
        };
        /** @enum {string} */
        CampaignPhase: "mobilisation" | "implementation" | "summary" | "finished";
        CampaignDto: {
            /**
             * @description 动员部署截止
             * @example 2026-05-31
             */
            mobilisationBy: string;
            /**
             * @description 工作实施开始
             * @example 2026-05-01
             */
            implementationFrom: string;
            /**
             * @description 工作实施结束
             * @example 2026-12-31
             */
            implementationTo: string;
            /**
             * @description 村级总结上报截止
             * @example 2026-12-01
             */
            summaryBy: string;
            countyCode: string;
            year: number;
            /** @description 县妇联是否已设定（否则为方案的默认日期） */
            setByCounty: boolean;
            phase: components["schemas"]["CampaignPhase"];
        };
        CoverageDto: {
            regionCode: string;
            regionName: string;
            year: number;
            total: number;
            visited: number;
            /** @description 未走访户数（零遗留的目标是 0） */
            unvisited: number;
            parts: components["schemas"]["CoveragePartDto"][];
            concerns: components["schemas"]["ConcernCountDto"][];
            /** @description 县及以下才有 */
            campaign: components["schemas"]["CampaignDto"] | null;
        };
        CampaignDatesDto: {
            /**
             * @description 动员部署截止
             * @example 2026-05-31
             */
            mobilisationBy: string;
            /**
             * @description 工作实施开始
             * @example 2026-05-01
             */
            implementationFrom: string;
            /**
             * @description 工作实施结束
             * @example 2026-12-31
             */
            implementationTo: string;
            /**
             * @description 村级总结上报截止
             * @example 2026-12-01
             */
            summaryBy: string;
        };
        /** @enum {string} */
        CareCategory: "sexual_abuse_victim" | "left_behind" | "in_hardship" | "other";
        /** @enum {string} */
        RiskLevel: "high" | "medium" | "low";
        CreateCareRecordDto: {
            /**
             * @description 儿童所在的村；从求助或走访建立时可不填
             * @example 431222114200
             */
            villageCode?: string;
            /** @description 从哪条求助建立 */
            helpRequestId?: string;
            /** @description 从哪次敲门走访建立 */
            visitId?: string;
            /** @example 张小花 */
            childName: string;
            /** @example 2014 */
            birthYear?: number;
            category: components["schemas"]["CareCategory"];
            riskLevel: components["schemas"]["RiskLevel"];
            /** @example 父母在外务工，随祖母生活 */
            guardianSituation?: string;
            /** @example 官庄镇中心小学 */
            school?: string;
            /** @description 妇联的工作记录（帮扶人看不到） */
            notes?: string;
        };
        /** @enum {string} */
        CareStatus: "open" | "closed";
        /** @enum {string} */
        CareSource: "case" | "visit" | "manual";
        /** @enum {string} */
        CareServiceKind: "rights_notification" | "interview_evidence" | "counselling" | "examination_treatment" | "living_assistance" | "station_counselling";
        CareServiceDto: {
            id: string;
            kind: components["schemas"]["CareServiceKind"];
            providedOn: string;
            provider: string;
            note: string | null;
        };
        PairingDto: {
            id: string;
            helperAccountId: string;
            helperName: string;
            intervalDays: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            lastFollowUpAt: string | null;
            /** Format: date-time */
            nextDueAt: string;
            /** @description 回访已逾期 */
            overdue: boolean;
            /** Format: date-time */
            endedAt: string | null;
        };
        FollowUpNoteDto: {
            id: string;
            visitedOn: string;
            authorName: string;
            /** @description 保存期满后已删除时为空 */
            note: string | null;
        };
        CareRecordDetailDto: {
            id: string;
            villageCode: string;
            villageName: string;
            /** @description 保存期满后已删除时为空 */
            childName: string | null;
            birthYear: number | null;
            category: components["schemas"]["CareCategory"];
            riskLevel: components["schemas"]["RiskLevel"];
            status: components["schemas"]["CareStatus"];
            /** @description 在帮扶中的帮扶人数 */
            helpers: number;
            /** @description 有帮扶人回访逾期 */
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            source: components["schemas"]["CareSource"];
            helpRequestId: string | null;
            visitId: string | null;
            guardianSituation: string | null;
            school: string | null;
            notes: string | null;
            services: components["schemas"]["CareServiceDto"][];
            pairings: components["schemas"]["PairingDto"][];
            followUps: components["schemas"]["FollowUpNoteDto"][];
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            purgedAt: string | null;
        };
        CareRecordSummaryDto: {
            id: string;
            villageCode: string;
            villageName: string;
            /** @description 保存期满后已删除时为空 */
            childName: string | null;
            birthYear: number | null;
            category: components["schemas"]["CareCategory"];
            riskLevel: components["schemas"]["RiskLevel"];
            status: components["schemas"]["CareStatus"];
            /** @description 在帮扶中的帮扶人数 */
            helpers: number;
            /** @description 有帮扶人回访逾期 */
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CareRecordPageDto: {
            items: components["schemas"]["CareRecordSummaryDto"][];
            total: number;
        };
        UpdateCareRecordDto: {
            category?: components["schemas"]["CareCategory"];
            riskLevel?: components["schemas"]["RiskLevel"];
            guardianSituation?: string;
            school?: string;
            notes?: string;
        };
        AddServiceDto: {
            kind: components["schemas"]["CareServiceKind"];
            /** @example 2026-06-15 */
            providedOn: string;
            /** @example 沅陵县一站式取证救助中心 */
            provider: string;
            note?: string;
        };
        PairHelpersDto: {
            /** @description 帮扶人（志愿者账号）编号；一对一或多对一 */
            helperAccountIds: string[];
            /**
             * @description 多少天至少回访一次（默认每月一次）
             * @default 30
             */
            intervalDays: number;
        };
        CloseCareRecordDto: {
            /** @example 孩子已随父母外出就学，转入当地跟进 */
            reason?: string;
        };
        FollowUpPlanDto: {
            recordId: string;
            childName: string | null;
            birthYear: number | null;
            villageName: string;
            /** @description 多少天至少回访一次 */
            intervalDays: number;
            /** Format: date-time */
            lastFollowUpAt: string | null;
            /** Format: date-time */
            nextDueAt: string;
            overdue: boolean;
            /** @description 结对的帮扶人 */
            helperNames: string[];
        };
        FollowUpPlanDetailDto: {
            recordId: string;
            childName: string | null;
            birthYear: number | null;
            villageName: string;
            /** @description 多少天至少回访一次 */
            intervalDays: number;
            /** Format: date-time */
            lastFollowUpAt: string | null;
            /** Format: date-time */
            nextDueAt: string;
            overdue: boolean;
            /** @description 结对的帮扶人 */
            helperNames: string[];
            notes: components["schemas"]["FollowUpNoteDto"][];
        };
        AddFollowUpDto: {
            /**
             * @description 回访日期
             * @example 2026-06-20
             */
            visitedOn: string;
            /** @example 孩子情绪稳定，期末考试进步了 */
            note: string;
        };
        /** @enum {string} */
        ReportKind: "monthly" | "summary";
        /** @enum {string} */
        ReportStatus: "none" | "draft" | "submitted" | "returned";
        ReportNarrativeDto: {
            /** @description 工作经验和做法 */
            experience: string | null;
            /** @description 存在的问题 */
            problems: string | null;
            /** @description 意见和建议 */
            suggestions: string | null;
        };
        ReportColumnDto: {
            /** @example received */
            key: string;
            /** @example 收到（条） */
            label: string;
            /**
             * @description count 计数；percent 百分数（0–100，一位小数）；number 其他数（平均分）；text 文字
             * @enum {string}
             */
            kind: "count" | "percent" | "number" | "text";
        };
        ReportRowDto: {
            /** @example sexual_abuse */
            key: string;
            /** @example 性侵害 */
            label: string;
            /** @description 合计行 */
            total?: boolean;
            /** @description 与 columns 一一对应。数字；"<5" 或 "≥5"（小数字保护：乡镇、村的 1–4 对本地区以外的人不显示）；"—" 比率因数字不显示而无法计算；null 无数据 */
            cells: ((number | string) | null)[];
        };
        ReportTableDto: {
            /** @example byCategory */
            key: string;
            /** @example 按求助类别 */
            title: string;
            /** @description 口径说明 */
            note?: string;
            columns: components["schemas"]["ReportColumnDto"][];
            rows: components["schemas"]["ReportRowDto"][];
        };
        ReportSectionDto: {
            /** @example help */
            key: string;
            /** @example 三、求助处置 */
            title: string;
            tables: components["schemas"]["ReportTableDto"][];
        };
        /**
         * @description 生成草稿、保存、上报、退回
         * @enum {string}
         */
        ReportEventKind: "drafted" | "saved" | "submitted" | "returned";
        ReportEventDto: {
            /** @description 生成草稿、保存、上报、退回 */
            kind: components["schemas"]["ReportEventKind"];
            /** Format: date-time */
            at: string;
            /** @example 官庄镇妇联 */
            actorName?: string;
            /** @description 退回意见 */
            comment?: string;
        };
        ReportDto: {
            /** @example 431222114200 */
            regionCode: string;
            /** @example 太平铺村 */
            regionName: string;
            level: components["schemas"]["RegionLevel"];
            /**
             * @description 月报 YYYY-MM；年度总结 YYYY
             * @example 2026-05
             */
            period: string;
            kind: components["schemas"]["ReportKind"];
            /** @example 2026年5月 */
            periodLabel: string;
            /**
             * Format: date-time
             * @description 统计起（北京时间当期第一天 0 点）
             */
            from: string;
            /**
             * Format: date-time
             * @description 统计止（不含）
             */
            to: string;
            /**
             * Format: date-time
             * @description 数字统计于何时；已上报的报告为上报时的数字
             */
            asOf: string;
            /** @description true：刚刚按数据统计；false：上报时的数字 */
            live: boolean;
            /** @description 有小数字对你不显示（<5） */
            hidden: boolean;
            status: components["schemas"]["ReportStatus"];
            /**
             * Format: date-time
             * @description 上报截止时间
             */
            dueAt: string;
            /** @description 已过截止时间仍未上报 */
            late: boolean;
            /** Format: date-time */
            submittedAt: string | null;
            submittedByName?: string;
            /** @description 上报次数（退回后再报算第二次） */
            submissions: number;
            /** Format: date-time */
            returnedAt: string | null;
            returnedByName?: string;
            /** @description 上级退回的意见 */
            returnComment: string | null;
            /** @description 你可以填写本报告（本级，未上报） */
            canEdit: boolean;
            /** @description 你可以上报本报告 */
            canSubmit: boolean;
            /** @description 你可以退回本报告（上一级，已上报） */
            canReturn: boolean;
            narrative: components["schemas"]["ReportNarrativeDto"];
            sections: components["schemas"]["ReportSectionDto"][];
            events: components["schemas"]["ReportEventDto"][];
        };
        NarrativeDto: {
            /** @example 结合赶集日开展普法宣传，群众参与度高。 */
            experience?: string;
            problems?: string;
            suggestions?: string;
        };
        ReturnReportDto: {
            /** @example 请补充本月赶集普法活动的具体做法。 */
            comment: string;
        };
        SubmissionDto: {
            /** @example 431222114200 */
            regionCode: string;
            /** @example 太平铺村 */
            regionName: string;
            /** @description 该地区有妇联账号，应当上报 */
            expected: boolean;
            status: components["schemas"]["ReportStatus"];
            /** Format: date-time */
            dueAt: string;
            /** @description 应报未报且已过截止时间 */
            late: boolean;
            /** Format: date-time */
            submittedAt: string | null;
            /** @description 上报时已过截止时间 */
            submittedLate: boolean;
            submittedByName?: string;
            returnComment: string | null;
        };
        SubmissionListDto: {
            /** @example 431222114 */
            regionCode: string;
            /** @example 官庄镇 */
            regionName: string;
            /** @example 2026-05 */
            period: string;
            /** @example 2026年5月 */
            periodLabel: string;
            /** @description 应报 */
            expected: number;
            /** @description 已报 */
            submitted: number;
            /** @description 逾期未报 */
            late: number;
            items: components["schemas"]["SubmissionDto"][];
        };
        ChartSeriesDto: {
            /**
             * @description 表中的列
             * @example helpReceived
             */
            key: string;
            /** @example 求助 */
            label: string;
        };
        DashboardChartDto: {
            /** @example helpTrend */
            key: string;
            /** @example 近 12 个月求助 */
            title: string;
            /**
             * @description columns 按时间的竖柱；bars 按类别或地区的横条
             * @enum {string}
             */
            kind: "columns" | "bars";
            /** @enum {string} */
            unit: "count" | "percent";
            /** @description 画出来的列；合计行不画 */
            series: components["schemas"]["ChartSeriesDto"][];
            /** @description 图背后的表 */
            table: components["schemas"]["ReportTableDto"];
        };
        DashboardDto: {
            /** @example 431222114 */
            regionCode: string;
            /** @example 官庄镇 */
            regionName: string;
            level: components["schemas"]["RegionLevel"];
            /** @example 2026-05 */
            month: string;
            /** @example 2026年5月 */
            monthLabel: string;
            /** @description 有小数字对你不显示（<5） */
            hidden: boolean;
            charts: components["schemas"]["DashboardChartDto"][];
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
    AuditController_list: {
        parameters: {
            query?: {
                action?: "login_succeeded" | "login_failed" | "login_locked" | "token_refreshed" | "logout" | "session_refused" | "jurisdiction_denied" | "record_read" | "account_created" | "account_disabled" | "account_enabled" | "password_changed" | "invitation_created" | "invitation_redeemed" | "invitation_refused" | "totp_enrolled" | "wechat_bound" | "audit_read" | "receipt_lookup_failed" | "help_request_erased" | "household_import" | "ledger_export" | "care_record_closed" | "care_record_purged" | "content_created" | "content_updated" | "content_submitted" | "content_approved" | "content_returned" | "content_withdrawn" | "market_event_created" | "market_event_updated" | "market_event_cancelled" | "report_submitted" | "report_returned" | "report_detail_export";
                /** @description 只看这个时间之前的（翻页用上一页最后一条的 at） */
                before?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["AuditEventDto"][];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 太频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_loginWithWechat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WechatLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 太频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_redeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultDto"];
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
            /** @description 太频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_me: {
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
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_startTotp: {
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
                    "application/json": components["schemas"]["TotpEnrolmentDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
    AccountsController_confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmTotpDto"];
            };
        };
        responses: {
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
    AccountsController_bindWechat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BindWechatDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    AccountsController_list: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["AccountPageDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_get: {
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
                    "application/json": components["schemas"]["AccountDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    AccountsController_disable: {
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
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    AccountsController_enable: {
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
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    AccountsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationCreatedDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    HelpRequestsController_submit: {
        parameters: {
            query?: never;
            header: {
                /** @description 客户端生成的 UUID；重试时用同一个，服务器给出同样的回答 */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitHelpRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequestReceiptDto"];
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
            /** @description 内容太大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 同一个 Idempotency-Key 用于了不同的内容 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 太频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    HelpRequestsController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LookupResultDto"];
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
            /** @description 太频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    HelpRequestsController_requestErasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupDto"];
            };
        };
        responses: {
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
            /** @description 太频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    HelpRequestsController_addMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequesterMessageDto"];
            };
        };
        responses: {
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
            /** @description 太频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CadreHelpRequestsController_inbox: {
        parameters: {
            query?: {
                status?: components["schemas"]["HelpStatus"];
                category?: components["schemas"]["HelpCategory"];
                urgency?: components["schemas"]["Urgency"];
                /** @description 现在由哪一级处理 */
                level?: components["schemas"]["HandlingLevel"];
                /** @description 只看超时的：未按时受理，或强制报告已超时 */
                overdue?: boolean;
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
                    "application/json": components["schemas"]["InboxPageDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CadreHelpRequestsController_detail: {
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
                    "application/json": components["schemas"]["HelpRequestDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CadreHelpRequestsController_acknowledge: {
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
                    "application/json": components["schemas"]["HelpRequestDetailDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
    CadreHelpRequestsController_reply: {
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
                "application/json": components["schemas"]["ReplyDto"];
            };
        };
        responses: {
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
    CadreHelpRequestsController_changeStatus: {
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
                "application/json": components["schemas"]["ChangeStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequestDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CadreHelpRequestsController_refer: {
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
                "application/json": components["schemas"]["ReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequestDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CadreHelpRequestsController_policeReport: {
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
                "application/json": components["schemas"]["RecordPoliceReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequestDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CadreHelpRequestsController_close: {
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
                "application/json": components["schemas"]["CloseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseResultDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CadreHelpRequestsController_erase: {
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
                "application/json": components["schemas"]["EraseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequestDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    CadreHelpRequestsController_reviewClosure: {
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
                "application/json": components["schemas"]["ClosureReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseResultDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    NotificationsController_mine: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NotificationsController_failures: {
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
                    "application/json": components["schemas"]["NotificationDto"][];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NotificationsController_subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscribeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicOpinionController_list: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["OpinionCasePageDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicOpinionController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOpinionCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpinionCaseDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    PublicOpinionController_detail: {
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
                    "application/json": components["schemas"]["OpinionCaseDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    PublicOpinionController_acknowledge: {
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
                    "application/json": components["schemas"]["OpinionCaseDetailDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    PublicOpinionController_handOn: {
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
                    "application/json": components["schemas"]["OpinionCaseDetailDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    PublicOpinionController_feedback: {
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
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpinionCaseDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ContentAuthoringController_list: {
        parameters: {
            query?: {
                status?: components["schemas"]["ContentStatus"];
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
                    "application/json": components["schemas"]["CadreContentPageDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ContentAuthoringController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreContentItemDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ContentAuthoringController_get: {
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
                    "application/json": components["schemas"]["CadreContentItemDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ContentAuthoringController_update: {
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
                "application/json": components["schemas"]["ContentDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreContentItemDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ContentAuthoringController_submit: {
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
                    "application/json": components["schemas"]["CadreContentItemDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
    ContentAuthoringController_approve: {
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
                    "application/json": components["schemas"]["CadreContentItemDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ContentAuthoringController_returnForChanges: {
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
                "application/json": components["schemas"]["ReturnContentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreContentItemDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ContentAuthoringController_withdraw: {
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
                    "application/json": components["schemas"]["CadreContentItemDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
    QuizStatsController_stats: {
        parameters: {
            query?: {
                /** @description 起始日期（含，北京时间）；默认 29 天前 */
                from?: string;
                /** @description 截止日期（含，北京时间）；默认今天 */
                to?: string;
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
                    "application/json": components["schemas"]["QuizStatsDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MarketEventsController_list: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["MarketEventPageDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MarketEventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarketEventInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketEventDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    MarketEventsController_get: {
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
                    "application/json": components["schemas"]["MarketEventDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    MarketEventsController_update: {
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
                "application/json": components["schemas"]["MarketEventInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketEventDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    MarketEventsController_cancel: {
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
                    "application/json": components["schemas"]["MarketEventDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    MarketEventsController_poster: {
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
            /** @description 可直接打印的 HTML 页面 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 不存在，或不在你的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MarketEventsController_qrCode: {
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
            /** @description PNG 图片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 不存在，或不在你的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MarketLandingController_landing: {
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
                    "application/json": components["schemas"]["MarketLandingDto"];
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
    MarketLandingController_scan: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    LessonReadsController_count: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LessonReadDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description 太频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ScreeningController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 模板 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ScreeningController_importHouseholds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                villageCode: string;
            };
            cookie?: never;
        };
        /** @description 按模板填写的 .xlsx 文件（请求体即文件内容） */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
            /** @description 内容太大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ScreeningController_listHouseholds: {
        parameters: {
            query?: {
                /** @description true 只看本次活动已走访的，false 只看未走访的 */
                visited?: boolean;
                gridId?: string;
                /** @description 活动年度，默认今年 */
                year?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                villageCode: string;
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
                    "application/json": components["schemas"]["HouseholdPageDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_addHousehold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                villageCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHouseholdDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_household: {
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
                    "application/json": components["schemas"]["HouseholdDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_unvisited: {
        parameters: {
            query: {
                /** @description 村或乡镇的区划代码 */
                regionCode: string;
                year?: number;
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
                    "application/json": components["schemas"]["HouseholdPageDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_grids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                villageCode: string;
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
                    "application/json": components["schemas"]["GridDto"][];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_createGrid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                villageCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGridDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_assignWorker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gridId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignGridWorkerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_unassignWorker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gridId: string;
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_recordVisit: {
        parameters: {
            query?: never;
            header: {
                /** @description 客户端生成的 UUID；重试时用同一个，服务器给出同样的回答 */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResultDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
            /** @description 同一个 Idempotency-Key 用于了不同的内容 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ScreeningController_harmCase: {
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
                "application/json": components["schemas"]["HarmCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitResultDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ScreeningController_coverage: {
        parameters: {
            query?: {
                /** @description 默认为自己所在的区划 */
                regionCode?: string;
                year?: number;
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
                    "application/json": components["schemas"]["CoverageDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ScreeningController_setCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                countyCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignDatesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    CareRecordsController_list: {
        parameters: {
            query?: {
                status?: components["schemas"]["CareStatus"];
                /** @description true 只看回访逾期的 */
                overdue?: boolean;
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
                    "application/json": components["schemas"]["CareRecordPageDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CareRecordsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCareRecordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareRecordDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CareRecordsController_export: {
        parameters: {
            query?: {
                /** @description 默认为自己所在的区划 */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 不存在，或不在你的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CareRecordsController_detail: {
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
                    "application/json": components["schemas"]["CareRecordDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CareRecordsController_update: {
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
                "application/json": components["schemas"]["UpdateCareRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareRecordDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CareRecordsController_addService: {
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
                "application/json": components["schemas"]["AddServiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareRecordDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CareRecordsController_pair: {
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
                "application/json": components["schemas"]["PairHelpersDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareRecordDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CareRecordsController_endPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pairingId: string;
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
                    "application/json": components["schemas"]["CareRecordDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    CareRecordsController_close: {
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
                "application/json": components["schemas"]["CloseCareRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareRecordDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    FollowUpPlansController_plans: {
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
                    "application/json": components["schemas"]["FollowUpPlanDto"][];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUpPlansController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
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
                    "application/json": components["schemas"]["FollowUpPlanDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    FollowUpPlansController_addNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFollowUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPlanDetailDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ReportsController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                /** @description 月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来 */
                period: string;
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
                    "application/json": components["schemas"]["ReportDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
    ReportsController_saveNarrative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                /** @description 月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来 */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NarrativeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ReportsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                /** @description 月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来 */
                period: string;
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
                    "application/json": components["schemas"]["ReportDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ReportsController_returnReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                /** @description 月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来 */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ReportsController_submissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                /** @description 月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来 */
                period: string;
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
                    "application/json": components["schemas"]["SubmissionListDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
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
    ReportsController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                /** @description 月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来 */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReportsController_print: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                /** @description 月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来 */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML 页面 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
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
                    "text/html": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReportsController_details: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                /** @description 月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来 */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误（errors 指明字段） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 错误 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description 不存在，或不在你的管辖范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    DashboardsController_dashboard: {
        parameters: {
            query?: {
                /** @description 月份，默认本月 */
                month?: string;
            };
            header?: never;
            path: {
                regionCode: string;
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
                    "application/json": components["schemas"]["DashboardDto"];
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
            /** @description 未登录或登录已失效 */
            401: {
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
