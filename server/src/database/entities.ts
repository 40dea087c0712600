import { AuditEvent } from '../audit/audit-event.entity';
import { Clock } from '../clocks/clock.entity';
import { OpinionCase, OpinionCaseStep } from '../public-opinion/opinion-case.entity';
import { NotificationSubscription } from '../notifications/notification-subscription.entity';
import { Notification } from '../notifications/notification.entity';
import { IdempotencyRecord } from '../common/idempotency/idempotency-record.entity';
import { HelpRequestEvent } from '../help-requests/help-request-event.entity';
import { HelpRequestMessage } from '../help-requests/help-request-message.entity';
import { HelpRequest } from '../help-requests/help-request.entity';
import { PoliceReport } from '../help-requests/police-report.entity';
import { Account } from '../identity/account.entity';
import { Invitation } from '../identity/invitation.entity';
import { LoginThrottle } from '../identity/login-throttle.entity';
import { Session } from '../identity/session.entity';
import { Region } from '../regions/region.entity';
import { ContentItem } from '../content/content-item.entity';
import { LessonRead } from '../content/lesson-read.entity';
import { QuizAnswer, QuizAttempt, QuizQuestion } from '../quizzes/quiz.entities';
import { MarketEvent } from '../markets/market-event.entity';
import {
  Campaign,
  Grid,
  GridWorker,
  Household,
  HouseholdChild,
  HouseholdTally,
  Visit,
  VisitConcern,
  VisitTally,
} from '../screening/screening.entities';
import { CareFollowUp, CarePairing, CareRecord, CareService } from '../care/care.entities';
import { Report, ReportEvent } from '../reports/report.entities';

/** Every entity of every capability, registered once. */
export const ENTITIES = [
  Region,
  Account,
  Session,
  Invitation,
  LoginThrottle,
  AuditEvent,
  IdempotencyRecord,
  HelpRequest,
  HelpRequestEvent,
  HelpRequestMessage,
  PoliceReport,
  Clock,
  Notification,
  NotificationSubscription,
  OpinionCase,
  OpinionCaseStep,
  ContentItem,
  LessonRead,
  QuizQuestion,
  QuizAttempt,
  QuizAnswer,
  MarketEvent,
  Grid,
  GridWorker,
  Household,
  HouseholdChild,
  Campaign,
  Visit,
  VisitConcern,
  HouseholdTally,
  VisitTally,
  CareRecord,
  CareService,
  CarePairing,
  CareFollowUp,
  Report,
  ReportEvent,
];
