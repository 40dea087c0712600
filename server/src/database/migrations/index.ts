import { Init1764470000000 } from './1764470000000-init';
import { IdentityAudit1764475000000 } from './1764475000000-identity-audit';
import { ContentQuizzes1764480000000 } from './1764480000000-content-quizzes';
import { AuthoringMarkets1764490000000 } from './1764490000000-authoring-markets';
import { HelpRequests1764495000000 } from './1764495000000-help-requests';
import { ClocksNotifications1764505000000 } from './1764505000000-clocks-notifications';
import { PublicOpinion1764510000000 } from './1764510000000-public-opinion';
import { ScreeningCare1764500800000 } from './1764500800000-screening-care';
import { Reports1764520000000 } from './1764520000000-reports';
import { LessonReads1764525000000 } from './1764525000000-lesson-reads';

/** Every migration, in order. Each runs on SQLite and on MySQL/MariaDB. */
export const MIGRATIONS = [
  Init1764470000000,
  IdentityAudit1764475000000,
  ContentQuizzes1764480000000,
  AuthoringMarkets1764490000000,
  HelpRequests1764495000000,
  ScreeningCare1764500800000,
  ClocksNotifications1764505000000,
  PublicOpinion1764510000000,
  Reports1764520000000,
  LessonReads1764525000000,
];
