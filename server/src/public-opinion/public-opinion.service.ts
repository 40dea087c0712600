import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ancestorCode, regionLevelOf } from '@hulei/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../clocks/clock.entity';
import { ClocksService } from '../clocks/clocks.service';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { minutesToMs } from '../common/config/sla-policy';
import { DataCipher } from '../common/crypto/data-cipher';
import { AppError } from '../common/errors/app-error';
import { timeOrderedId } from '../common/ids';
import { regionPathOf } from '../common/jurisdiction/region-path';
import { notFoundOutsideScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { inTransaction } from '../database/transactions';
import { AccountsService } from '../identity/accounts.service';
import type { Cadre } from '../identity/auth/cadre';
import { JurisdictionService } from '../identity/jurisdiction.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RegionsService } from '../regions/regions.service';
import type {
  CreateOpinionCaseDto,
  FeedbackDto,
  OpinionCaseDetailDto,
  OpinionCasePageDto,
  OpinionCaseSummaryDto,
} from './dto/opinion.dto';
import { OPINION_LEVELS, type OpinionCase, type OpinionCaseStep, type OpinionLevel } from './opinion-case.entity';
import {
  PublicOpinionRepository,
  type OpinionCaseReportRow,
  type OpinionStepReportRow,
} from './public-opinion.repository';

const SUBJECT = 'opinion_case';
const STEP_CLOCK = 'opinion_step';
const FEEDBACK_CLOCK = 'opinion_feedback';
const SEALED = {
  description: 'opinion_case.description',
  source: 'opinion_case.source',
  feedback: 'opinion_case.feedback',
} as const;

/**
 * The "2112" rule: the province assesses and hands a case to the city within 20 minutes, the city
 * to the county within 10, the county to the town within 10, and the town reports the verified
 * facts and the service started within 2 hours of the start. Each step is a clock; a missed step
 * tells the level above. Durations come from HULEI_SLA_POLICY.publicOpinion.
 */
@Injectable()
export class PublicOpinionService implements OnModuleInit {
  constructor(
    private readonly cases: PublicOpinionRepository,
    private readonly clocks: ClocksService,
    private readonly notifications: NotificationsService,
    private readonly jurisdiction: JurisdictionService,
    private readonly accounts: AccountsService,
    private readonly regions: RegionsService,
    private readonly cipher: DataCipher,
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  onModuleInit(): void {
    this.clocks.register(STEP_CLOCK, (clocks, manager, now) => this.stepsMissed(clocks, manager, now));
    this.clocks.register(FEEDBACK_CLOCK, (clocks, manager, now) => this.feedbackMissed(clocks, manager, now));
  }

  /** Minutes a level has to hand the case to the level below; null for the town. */
  private handOnMinutes(level: OpinionLevel): number | null {
    const policy = this.config.sla.publicOpinion;
    switch (level) {
      case 'province':
        return policy.provinceToCityMinutes;
      case 'city':
        return policy.cityToCountyMinutes;
      case 'county':
        return policy.countyToTownMinutes;
      case 'town':
        return null;
    }
  }

  async register(cadre: Cadre, input: CreateOpinionCaseDto): Promise<OpinionCaseDetailDto> {
    const level = cadre.level as OpinionLevel;
    await this.jurisdiction.assertWithin(cadre, input.regionCode, { type: 'region', id: input.regionCode });
    const region = await this.regions.requireRegion(input.regionCode);
    if (region.level !== 'town' && region.level !== 'village') {
      throw AppError.validation('regionCode', '请选到舆情涉及的乡镇或村');
    }
    const now = new Date();
    const item: OpinionCase = {
      id: randomUUID(),
      regionCode: input.regionCode,
      path: regionPathOf(input.regionCode),
      severity: input.severity,
      descriptionSealed: this.cipher.seal(input.description, SEALED.description),
      sourceSealed: this.cipher.sealOptional(input.source, SEALED.source),
      status: 'open',
      currentLevel: level,
      currentRegionCode: cadre.regionCode,
      startedAt: now,
      feedbackDueAt: new Date(now.getTime() + minutesToMs(this.config.sla.publicOpinion.feedbackMinutes)),
      feedbackSealed: null,
      feedbackAt: null,
      feedbackBy: null,
      feedbackOverdueAt: null,
      createdBy: cadre.accountId,
      updatedAt: now,
    };
    await inTransaction(this.dataSource, async (manager) => {
      await this.cases.insertCase(item, manager);
      // The registering level has assessed it already: its step starts acknowledged.
      await this.openStep(manager, item, level, cadre.regionCode, now, cadre.accountId);
      await this.clocks.schedule(manager, [
        { kind: FEEDBACK_CLOCK, subjectType: SUBJECT, subjectId: item.id, step: 'feedback', dueAt: item.feedbackDueAt },
      ]);
    });
    return this.detail(cadre, item.id, false);
  }

  /** For reports: cases started in [from, to) and their 2112 steps, per region of `column` (no content). */
  async countsForReport(
    scope: JurisdictionScope,
    column: string,
    from: Date,
    to: Date,
  ): Promise<{ cases: OpinionCaseReportRow[]; steps: OpinionStepReportRow[] }> {
    const [cases, steps] = await Promise.all([
      this.cases.countCasesForReport(scope, column, from, to),
      this.cases.countStepsForReport(scope, column, from, to),
    ]);
    return { cases, steps };
  }

  /** For a county's detail list: cases started in [from, to) and when each step was done; no free text. */
  async detailsForReport(scope: JurisdictionScope, from: Date, to: Date, limit: number) {
    const found = await this.cases.findForReport(scope, from, to, limit);
    return found.map(({ item, steps }) => ({
      id: item.id,
      regionCode: item.regionCode,
      severity: item.severity,
      status: item.status,
      startedAt: item.startedAt,
      feedbackDueAt: item.feedbackDueAt,
      feedbackAt: item.feedbackAt,
      feedbackOverdueAt: item.feedbackOverdueAt,
      steps: steps.map((s) => ({
        level: s.level,
        receivedAt: s.receivedAt,
        dueAt: s.dueAt,
        handedOnAt: s.handedOnAt,
        missedAt: s.missedAt,
      })),
    }));
  }

  async list(cadre: Cadre, page: number, pageSize: number): Promise<OpinionCasePageDto> {
    const [rows, total] = await this.cases.findPageInScope(cadre.scope, page, pageSize);
    const items = await Promise.all(rows.map(async (c) => this.summary(c, await this.cases.findSteps(c.id))));
    return { items, total };
  }

  async detail(cadre: Cadre, id: string, audit = true): Promise<OpinionCaseDetailDto> {
    const item = await this.requireInScope(cadre, id);
    if (audit) await this.jurisdiction.recordRead(cadre, item.regionCode, { type: SUBJECT, id });
    const steps = await this.cases.findSteps(id);
    const names = await this.accounts.namesOf(
      steps.flatMap((s) => [s.acknowledgedBy, s.handedOnBy]).filter((x): x is string => x !== null),
    );
    const regionNames = new Map(
      await Promise.all(
        steps.map(
          async (s) =>
            [
              s.regionCode,
              (await this.regions.getRegion(s.regionCode).catch(() => null))?.name ?? s.regionCode,
            ] as const,
        ),
      ),
    );
    const now = Date.now();
    return {
      ...this.summary(item, steps),
      description: this.cipher.open(item.descriptionSealed, SEALED.description),
      source: this.cipher.openOptional(item.sourceSealed, SEALED.source),
      feedback: this.cipher.openOptional(item.feedbackSealed, SEALED.feedback),
      feedbackAt: item.feedbackAt,
      steps: steps.map((s) => ({
        level: s.level,
        regionCode: s.regionCode,
        regionName: regionNames.get(s.regionCode) ?? s.regionCode,
        receivedAt: s.receivedAt,
        dueAt: s.dueAt,
        acknowledgedAt: s.acknowledgedAt,
        acknowledgedByName: s.acknowledgedBy ? names.get(s.acknowledgedBy) : undefined,
        handedOnAt: s.handedOnAt,
        handedOnByName: s.handedOnBy ? names.get(s.handedOnBy) : undefined,
        heldSeconds: Math.round(((s.handedOnAt?.getTime() ?? now) - s.receivedAt.getTime()) / 1000),
        missed: s.missedAt !== null,
      })),
    };
  }

  async acknowledge(cadre: Cadre, id: string): Promise<OpinionCaseDetailDto> {
    await this.requireInScope(cadre, id);
    await inTransaction(this.dataSource, async (manager) => {
      const { step } = await this.requireHolder(manager, cadre, id);
      if (step.acknowledgedAt) throw new AppError('CONFLICT', '已经受理过了');
      await this.cases.updateStep(step.id, { acknowledgedAt: new Date(), acknowledgedBy: cadre.accountId }, manager);
    });
    return this.detail(cadre, id, false);
  }

  /** Hands the case to the level below, inside the case's region. */
  async handOn(cadre: Cadre, id: string): Promise<OpinionCaseDetailDto> {
    await this.requireInScope(cadre, id);
    await inTransaction(this.dataSource, async (manager) => {
      const { item, step } = await this.requireHolder(manager, cadre, id);
      const next = OPINION_LEVELS[OPINION_LEVELS.indexOf(step.level) + 1];
      if (!next) throw new AppError('CONFLICT', '乡镇一级请核实情况并反馈，不再下发');
      const now = new Date();
      await this.cases.updateStep(
        step.id,
        {
          handedOnAt: now,
          handedOnBy: cadre.accountId,
          acknowledgedAt: step.acknowledgedAt ?? now,
          acknowledgedBy: step.acknowledgedBy ?? cadre.accountId,
        },
        manager,
      );
      await this.clocks.cancel(manager, SUBJECT, id, [STEP_CLOCK]);
      const nextRegion = ancestorCode(item.regionCode, next)!;
      await this.cases.updateCase(id, { currentLevel: next, currentRegionCode: nextRegion, updatedAt: now }, manager);
      await this.openStep(manager, item, next, nextRegion, now, null);
      await this.notifications.notifyRegion(manager, nextRegion, 'opinion_case_assigned');
    });
    return this.detail(cadre, id, false);
  }

  /** The town reports the verified facts and the service started; the 2-hour clock stops. */
  async reportFeedback(cadre: Cadre, id: string, input: FeedbackDto): Promise<OpinionCaseDetailDto> {
    await this.requireInScope(cadre, id);
    await inTransaction(this.dataSource, async (manager) => {
      const { item, step } = await this.requireHolder(manager, cadre, id);
      if (step.level !== 'town') throw new AppError('CONFLICT', '请先逐级下发到乡镇，由乡镇核实后反馈');
      if (item.status === 'feedback_reported') throw new AppError('CONFLICT', '已经反馈过了');
      const now = new Date();
      await this.cases.updateCase(
        id,
        {
          status: 'feedback_reported',
          feedbackSealed: this.cipher.seal(
            `核实情况：${input.facts}\n已启动服务：${input.serviceStarted}`,
            SEALED.feedback,
          ),
          feedbackAt: now,
          feedbackBy: cadre.accountId,
          updatedAt: now,
        },
        manager,
      );
      await this.cases.updateStep(
        step.id,
        { acknowledgedAt: step.acknowledgedAt ?? now, acknowledgedBy: step.acknowledgedBy ?? cadre.accountId },
        manager,
      );
      await this.clocks.cancel(manager, SUBJECT, id, [FEEDBACK_CLOCK, STEP_CLOCK]);
    });
    return this.detail(cadre, id, false);
  }

  private async openStep(
    manager: EntityManager,
    item: OpinionCase,
    level: OpinionLevel,
    regionCode: string,
    now: Date,
    acknowledgedBy: string | null,
  ): Promise<void> {
    const minutes = this.handOnMinutes(level);
    const dueAt = minutes === null ? null : new Date(now.getTime() + minutesToMs(minutes));
    await this.cases.insertStep(
      {
        id: timeOrderedId(),
        caseId: item.id,
        level,
        regionCode,
        receivedAt: now,
        dueAt,
        acknowledgedAt: acknowledgedBy ? now : null,
        acknowledgedBy,
        handedOnAt: null,
        handedOnBy: null,
        missedAt: null,
      },
      manager,
    );
    if (dueAt)
      await this.clocks.schedule(manager, [
        { kind: STEP_CLOCK, subjectType: SUBJECT, subjectId: item.id, step: level, dueAt },
      ]);
  }

  /** A level did not hand on in time: mark its step and tell the level above. */
  private async stepsMissed(clocks: Clock[], manager: EntityManager, now: Date): Promise<void> {
    for (const clock of clocks) {
      const step = await this.cases.findOpenStep(clock.subjectId, manager);
      if (!step || step.level !== clock.step || step.missedAt) continue;
      await this.cases.updateStep(step.id, { missedAt: now }, manager);
      const above = this.regionAbove(step);
      if (above) await this.notifications.notifyRegion(manager, above, 'opinion_step_missed');
    }
  }

  /** No feedback within 2 hours: the level above the holder is told. */
  private async feedbackMissed(clocks: Clock[], manager: EntityManager, now: Date): Promise<void> {
    for (const clock of clocks) {
      const item = await this.cases.lockCase(manager, clock.subjectId);
      if (!item || item.status !== 'open' || item.feedbackOverdueAt) continue;
      await this.cases.updateCase(item.id, { feedbackOverdueAt: now }, manager);
      const step = await this.cases.findOpenStep(item.id, manager);
      const above = step ? this.regionAbove(step) : null;
      await this.notifications.notifyRegion(manager, above ?? item.currentRegionCode, 'opinion_feedback_overdue');
    }
  }

  private regionAbove(step: OpinionCaseStep): string | null {
    const index = OPINION_LEVELS.indexOf(step.level);
    return index > 0 ? ancestorCode(step.regionCode, OPINION_LEVELS[index - 1])! : null;
  }

  /** The case, and its current step, when the caller is the level holding it. */
  private async requireHolder(
    manager: EntityManager,
    cadre: Cadre,
    id: string,
  ): Promise<{ item: OpinionCase; step: OpinionCaseStep }> {
    const item = await this.cases.lockCase(manager, id);
    const step = item ? await this.cases.findOpenStep(id, manager) : null;
    if (!item || !step) throw notFoundOutsideScope();
    if (step.regionCode !== cadre.regionCode) {
      throw new AppError(
        'FORBIDDEN',
        `这件事现在由${regionLevelOf(step.regionCode) === 'town' ? '乡镇' : '上级'}办理，你可以查看进度`,
      );
    }
    return { item, step };
  }

  private async requireInScope(cadre: Cadre, id: string): Promise<OpinionCase> {
    const item = await this.cases.findCase(id);
    if (!item) throw notFoundOutsideScope();
    await this.jurisdiction.assertWithin(cadre, item.regionCode, { type: SUBJECT, id });
    return item;
  }

  private summary(item: OpinionCase, steps: OpinionCaseStep[]): OpinionCaseSummaryDto {
    const open = steps.find((s) => s.handedOnAt === null);
    return {
      id: item.id,
      regionCode: item.regionCode,
      severity: item.severity,
      status: item.status,
      currentLevel: item.currentLevel,
      currentRegionCode: item.currentRegionCode,
      startedAt: item.startedAt,
      stepDueAt: open?.dueAt ?? null,
      feedbackDueAt: item.feedbackDueAt,
      overdue: item.feedbackOverdueAt !== null || steps.some((s) => s.missedAt !== null),
    };
  }
}
